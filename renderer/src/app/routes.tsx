import type { RouteObject } from 'react-router';
import { EditCampaignPage, NewCampaignPage } from '../features/campaigns/CampaignFormPages';
import { CampaignListPage } from '../features/campaigns/CampaignListPage';
import { CampaignPage } from '../features/campaigns/CampaignPage';
import { CampaignSummaryPage } from '../features/campaigns/CampaignSummaryPage';
import { ImportSignaturesPage } from '../features/campaigns/ImportSignaturesPage';
import { CaseDetailPage } from '../features/cases/CaseDetailPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { NewCasePage } from '../features/cases/NewCasePage';
import { ConstituentDetailPage } from '../features/constituents/ConstituentDetailPage';
import { ConstituentListPage } from '../features/constituents/ConstituentListPage';
import { EditConstituentPage, NewConstituentPage } from '../features/constituents/ConstituentFormPages';
import {
  AwaitedRepliesPage,
  NewOrganisationPage,
  OrganisationListPage,
  OrganisationPage,
} from '../features/correspondence/OrganisationPages';
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
      { path: 'campaigns', element: <CampaignListPage /> },
      { path: 'campaigns/new', element: <NewCampaignPage /> },
      { path: 'campaigns/:id', element: <CampaignPage /> },
      { path: 'campaigns/:id/edit', element: <EditCampaignPage /> },
      { path: 'campaigns/:id/import', element: <ImportSignaturesPage /> },
      { path: 'campaigns/:id/summary', element: <CampaignSummaryPage /> },
      { path: 'organisations', element: <OrganisationListPage /> },
      { path: 'organisations/new', element: <NewOrganisationPage /> },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      { path: 'correspondence/overdue', element: <AwaitedRepliesPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
