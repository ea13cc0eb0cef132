import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { useMay } from '../features/staff/MeContext';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/**
 * A page loaded on first visit: the first screen parses only the dashboard's code, and the
 * campaign pages' charts arrive only when a campaign is opened.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

/** The dashboard is casework; a volunteer starts on the campaigns. */
function HomePage() {
  return useMay()('dashboard.summary') ? <DashboardPage /> : <Navigate to="/campaigns" replace />;
}

const constituentForms = () => import('../features/constituents/ConstituentFormPages');
const campaignForms = () => import('../features/campaigns/CampaignFormPages');
const organisationPages = () => import('../features/correspondence/OrganisationPages');

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'constituents',
        ...page(
          () => import('../features/constituents/ConstituentListPage'),
          (m) => m.ConstituentListPage,
        ),
      },
      { path: 'constituents/new', ...page(constituentForms, (m) => m.NewConstituentPage) },
      {
        path: 'constituents/:id',
        ...page(
          () => import('../features/constituents/ConstituentDetailPage'),
          (m) => m.ConstituentDetailPage,
        ),
      },
      { path: 'constituents/:id/edit', ...page(constituentForms, (m) => m.EditConstituentPage) },
      {
        path: 'cases',
        ...page(
          () => import('../features/cases/CaseListPage'),
          (m) => m.CaseListPage,
        ),
      },
      {
        path: 'intake',
        ...page(
          () => import('../features/intake/IntakePage'),
          (m) => m.IntakePage,
        ),
      },
      {
        path: 'cases/new',
        ...page(
          () => import('../features/cases/NewCasePage'),
          (m) => m.NewCasePage,
        ),
      },
      {
        path: 'cases/:id',
        ...page(
          () => import('../features/cases/CaseDetailPage'),
          (m) => m.CaseDetailPage,
        ),
      },
      {
        path: 'campaigns',
        ...page(
          () => import('../features/campaigns/CampaignListPage'),
          (m) => m.CampaignListPage,
        ),
      },
      { path: 'campaigns/new', ...page(campaignForms, (m) => m.NewCampaignPage) },
      {
        path: 'campaigns/:id',
        ...page(
          () => import('../features/campaigns/CampaignPage'),
          (m) => m.CampaignPage,
        ),
      },
      { path: 'campaigns/:id/edit', ...page(campaignForms, (m) => m.EditCampaignPage) },
      {
        path: 'campaigns/:id/import',
        ...page(
          () => import('../features/campaigns/ImportSignaturesPage'),
          (m) => m.ImportSignaturesPage,
        ),
      },
      {
        path: 'campaigns/:id/standard-reply',
        ...page(
          () => import('../features/letters/StandardReplyPage'),
          (m) => m.StandardReplyPage,
        ),
      },
      {
        path: 'campaigns/:id/summary',
        ...page(
          () => import('../features/campaigns/CampaignSummaryPage'),
          (m) => m.CampaignSummaryPage,
        ),
      },
      { path: 'organisations', ...page(organisationPages, (m) => m.OrganisationListPage) },
      { path: 'organisations/new', ...page(organisationPages, (m) => m.NewOrganisationPage) },
      { path: 'organisations/:id', ...page(organisationPages, (m) => m.OrganisationPage) },
      { path: 'correspondence/overdue', ...page(organisationPages, (m) => m.AwaitedRepliesPage) },
      {
        path: 'letters/templates',
        ...page(
          () => import('../features/letters/TemplatesPage'),
          (m) => m.TemplatesPage,
        ),
      },
      {
        path: 'letters/new',
        ...page(
          () => import('../features/letters/LetterDraftPage'),
          (m) => m.LetterDraftPage,
        ),
      },
      {
        path: 'letters/sent/:id',
        ...page(
          () => import('../features/letters/SentLetterPage'),
          (m) => m.SentLetterPage,
        ),
      },
      {
        path: 'reports',
        ...page(
          () => import('../features/reports/ReportsPage'),
          (m) => m.ReportsPage,
        ),
      },
      {
        path: 'subject-access',
        ...page(
          () => import('../features/dataProtection/SubjectAccessLogPage'),
          (m) => m.SubjectAccessLogPage,
        ),
      },
      {
        path: 'retention',
        ...page(
          () => import('../features/dataProtection/RetentionPage'),
          (m) => m.RetentionPage,
        ),
      },
      {
        path: 'audit',
        ...page(
          () => import('../features/audit/AuditLogPage'),
          (m) => m.AuditLogPage,
        ),
      },
      {
        path: 'settings',
        ...page(
          () => import('../features/settings/SettingsPage'),
          (m) => m.SettingsPage,
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
