import { z } from 'zod';
import { entityId } from './fields';

export const subjectAccessExportInput = z.object({ constituentId: entityId });
