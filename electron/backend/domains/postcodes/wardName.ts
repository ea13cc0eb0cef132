import { sql } from 'kysely';

/**
 * A ward's name in a query joining `postcode_wards AS w` and `ward_names AS n`: the directory's own,
 * else the ward names file's, else '' (shown as its code).
 */
export const WARD_NAME = sql<string>`coalesce(nullif(w.ward_name, ''), n.ward_name, '')`.as('wardName');
