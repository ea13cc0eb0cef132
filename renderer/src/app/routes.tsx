import type { RouteObject } from 'react-router';
import { CaseDetailPage } from '../features/cases/CaseDetailPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { NewCasePage } from '../features/cases/NewCasePage';
import { ConstituentDetailPage } from '../features/constituents/ConstituentDetailPage';
import { ConstituentListPage } from '../features/constituents/ConstituentListPage';
import { EditConstituentPage, NewConstituentPage } from '../features/constituents/ConstituentFormPages';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'constituents', element: <ConstituentListPage /> },
      { path: 'constituents/new', element: <NewConstituentPage /> },
      { path: 'constituents/:id', element: <ConstituentDetailPage /> },
      { path: 'constituents/:id/edit', element: <EditConstituentPage /> },
      { path: 'cases', element: <CaseListPage /> },
      { path: 'cases/new', element: <NewCasePage /> },
      { path: 'cases/:id', element: <CaseDetailPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
