import { AppShell, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import { useApiQuery } from '../api/queries';

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
  // Pages take "today" from the backend's clock; wait for it so no form starts with the browser's date.
  const health = useApiQuery('system.health', {});
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 180, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={2} size="h4">
            Postbag
          </Title>
          <Text size="sm" c="dimmed">
            Constituency casework
          </Text>
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
      <AppShell.Main>{health.isPending ? <Loader aria-label="Loading" /> : <Outlet />}</AppShell.Main>
    </AppShell>
  );
}
