import { AppShell, Button, Group, Kbd, Loader, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useApiQuery } from '../api/queries';
import type { MethodName } from '../../../shared/contract/api';
import { ROLE_LABELS } from '../../../shared/contract/staff';
import { useMay, useMe } from '../features/staff/MeContext';
import { SignOutButton } from '../features/staff/SignOutButton';
import { SEARCH_SHORTCUT, SearchDialog } from '../features/search/SearchDialog';
import classes from './AppLayout.module.css';
import { focusPageStart, useFocusHeadingOnNavigation } from './pageFocus';

/** From anywhere, even while typing: a constituent is on the phone. */
export const INTAKE_SHORTCUT = 'mod+shift+L';

/** Each page, shown to those whose role may call what it opens with. */
const NAV: { to: string; label: string; exact?: boolean; needs: MethodName }[] = [
  { to: '/', label: 'Dashboard', exact: true, needs: 'dashboard.summary' },
  { to: '/constituents', label: 'Constituents', needs: 'constituents.list' },
  { to: '/cases', label: 'Cases', needs: 'cases.list' },
  { to: '/campaigns', label: 'Campaigns', needs: 'campaigns.list' },
  { to: '/organisations', label: 'Organisations', needs: 'organisations.list' },
  { to: '/letters/templates', label: 'Letter templates', needs: 'letters.templates' },
  { to: '/reports', label: 'Reports', needs: 'reports.office' },
  { to: '/subject-access', label: 'Subject access', needs: 'subjectAccess.log' },
  { to: '/retention', label: 'Retention', needs: 'retention.review' },
  { to: '/audit', label: 'Audit log', needs: 'audit.list' },
  { to: '/settings', label: 'Settings', needs: 'settings.update' },
];

export function AppLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const may = useMay();
  const mayLogContacts = may('intake.logContact');
  const [searching, search] = useDisclosure(false);
  useHotkeys(
    [
      [
        INTAKE_SHORTCUT,
        () => {
          if (mayLogContacts) void navigate('/intake');
        },
      ],
      [SEARCH_SHORTCUT, search.open],
    ],
    [],
  );
  useFocusHeadingOnNavigation(main, pathname);
  // Pages take "today" from the backend's clock; wait for it so no form starts with the browser's date.
  const health = useApiQuery('system.health', {});
  const me = useMe();
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 180, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        {/* A button, not a #fragment link: the app's routes live in the fragment. */}
        <button type="button" className={classes.skipLink} onClick={() => main.current && focusPageStart(main.current)}>
          Skip to the page’s content
        </button>
        <Group h="100%" px="md" justify="space-between">
          <Title order={2} size="h4">
            Postbag
          </Title>
          <Group gap="sm">
            <Button variant="default" size="sm" onClick={search.open} aria-keyshortcuts="Control+K Meta+K">
              Search…
            </Button>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd>
            </Text>
            {may('intake.logContact') && (
              <>
                <Text size="sm" c="dimmed" visibleFrom="sm">
                  <Kbd>Ctrl</Kbd> + <Kbd>Shift</Kbd> + <Kbd>L</Kbd>
                </Text>
                <Button component={Link} to="/intake" size="sm">
                  Log a contact
                </Button>
              </>
            )}
            <Text size="sm" aria-label="Signed in as">
              {me.name} · {ROLE_LABELS[me.role]}
            </Text>
            {me.signInRequired && <SignOutButton />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {NAV.filter((item) => may(item.needs)).map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={item.exact ? pathname === item.to : pathname.startsWith(item.to)}
          />
        ))}
      </AppShell.Navbar>
      <SearchDialog opened={searching} onClose={search.close} />
      <AppShell.Main ref={main} tabIndex={-1}>
        {health.isPending ? <Loader aria-label="Loading" /> : <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
