import { AppShell, Button, Group, Kbd, Loader, NavLink, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useApiQuery } from '../api/queries';
import classes from './AppLayout.module.css';
import { focusPageStart, useFocusHeadingOnNavigation } from './pageFocus';

/** From anywhere, even while typing: a constituent is on the phone. */
export const INTAKE_SHORTCUT = 'mod+shift+L';

const NAV = [
  { to: '/', label: 'Dashboard', exact: true },
  { to: '/constituents', label: 'Constituents' },
  { to: '/cases', label: 'Cases' },
  { to: '/campaigns', label: 'Campaigns' },
  { to: '/organisations', label: 'Organisations' },
  { to: '/letters/templates', label: 'Letter templates' },
  { to: '/settings', label: 'Settings' },
];

export function AppLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  useHotkeys([[INTAKE_SHORTCUT, () => navigate('/intake')]], []);
  useFocusHeadingOnNavigation(main, pathname);
  // Pages take "today" from the backend's clock; wait for it so no form starts with the browser's date.
  const health = useApiQuery('system.health', {});
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
            <Text size="sm" c="dimmed" visibleFrom="sm">
              <Kbd>Ctrl</Kbd> + <Kbd>Shift</Kbd> + <Kbd>L</Kbd>
            </Text>
            <Button component={Link} to="/intake" size="sm">
              Log a contact
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={item.exact ? pathname === item.to : pathname.startsWith(item.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main ref={main} tabIndex={-1}>
        {health.isPending ? <Loader aria-label="Loading" /> : <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
