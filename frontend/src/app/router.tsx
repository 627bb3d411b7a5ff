import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Loading } from '@/components/loading';
import { AgreementDetailRoute } from '@/features/agreements/routes/agreement-detail';
import { AgreementNewRoute } from '@/features/agreements/routes/agreement-new';
import { AgreementsRoute } from '@/features/agreements/routes/agreements';
import { LoginRoute } from '@/features/auth/routes/login';
import { IntegrationClientDetailRoute } from '@/features/integration-clients/routes/integration-client-detail';
import { IntegrationClientsRoute } from '@/features/integration-clients/routes/integration-clients';
import { WebhookSubscriptionDetailRoute } from '@/features/integration-clients/routes/webhook-subscription-detail';
import { WebhookSubscriptionRedirectRoute } from '@/features/integration-clients/routes/webhook-subscription-redirect';
import { HelpOfferDetailRoute } from '@/features/help-offers/routes/help-offer-detail';
import { HelpOfferEditRoute } from '@/features/help-offers/routes/help-offer-edit';
import { HelpOfferNewRoute } from '@/features/help-offers/routes/help-offer-new';
import { HelpOffersRoute } from '@/features/help-offers/routes/help-offers';
import { OrganisationDetailRoute } from '@/features/organisations/routes/organisation-detail';
import { OrganisationEditRoute } from '@/features/organisations/routes/organisation-edit';
import { OrganisationNewRoute } from '@/features/organisations/routes/organisation-new';
import { OrganisationsRoute } from '@/features/organisations/routes/organisations';
import { ProfileRoute } from '@/features/profile/routes/profile';
import { UserEditRoute } from '@/features/users/routes/user-edit';
import { UserNewRoute } from '@/features/users/routes/user-new';
import { UsersRoute } from '@/features/users/routes/users';
import { AppShellLayout } from './app-shell';
import { RequireRole } from './require-role';
import { RequireSession } from './require-session';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

type ReferralScreens = typeof import('@/features/referrals/routes');

/** The referral screens load on first use, in a chunk of their own. */
const referrals = (name: keyof ReferralScreens) => ({
  lazy: async () => ({ Component: (await import('@/features/referrals/routes'))[name] }),
});

type MentoringScreens = typeof import('@/features/mentoring/routes');

/** The mentoring screens load on first use, in a chunk of their own. */
const mentoring = (name: keyof MentoringScreens) => ({
  lazy: async () => ({ Component: (await import('@/features/mentoring/routes'))[name] }),
});

type TrainingScreens = typeof import('@/features/trainings/routes');

/** The trainings screens load on first use, in a chunk of their own. */
const trainings = (name: keyof TrainingScreens) => ({
  lazy: async () => ({ Component: (await import('@/features/trainings/routes'))[name] }),
});

type IndicatorScreens = typeof import('@/features/indicators/routes');

/** The indicators screen loads on first use, in a chunk of its own. */
const indicators = (name: keyof IndicatorScreens) => ({
  lazy: async () => ({ Component: (await import('@/features/indicators/routes'))[name] }),
});

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  // Public: anyone can check a certificate's code.
  {
    path: '/verify',
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, ...trainings('VerifyCertificateRoute') },
      { path: ':code', ...trainings('VerifyCertificateRoute') },
    ],
  },
  // Public: students apply to become mentors; new mentors set their password through a link.
  { path: '/volunteer', hydrateFallbackElement: <Loading />, ...mentoring('VolunteerApplyRoute') },
  {
    path: '/set-password',
    hydrateFallbackElement: <Loading />,
    ...mentoring('SetPasswordRoute'),
  },
  {
    element: <RequireSession />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        element: <AppShellLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            element: <RequireRole roles={['ADMIN', 'COORDINATOR', 'PROFESSIONAL']} />,
            children: [
              { path: 'organisations', element: <OrganisationsRoute /> },
              { path: 'help-offers', element: <HelpOffersRoute /> },
              { path: 'help-offers/:id', element: <HelpOfferDetailRoute /> },
              { path: 'organisations/:id', element: <OrganisationDetailRoute /> },
            ],
          },
          {
            element: <RequireRole roles={['COORDINATOR', 'PROFESSIONAL']} />,
            children: [
              { path: 'agreements', element: <AgreementsRoute /> },
              { path: 'agreements/new', element: <AgreementNewRoute /> },
              { path: 'agreements/:id', element: <AgreementDetailRoute /> },
              { path: 'help-offers/new', element: <HelpOfferNewRoute /> },
              { path: 'help-offers/:id/edit', element: <HelpOfferEditRoute /> },
              { path: 'referrals', ...referrals('ReferralsRoute') },
              { path: 'referrals/new', ...referrals('ReferralNewRoute') },
              { path: 'referrals/:id', ...referrals('ReferralDetailRoute') },
              { path: 'referrals/:id/edit', ...referrals('ReferralEditRoute') },
            ],
          },
          {
            element: <RequireRole roles={['COORDINATOR', 'PROFESSIONAL', 'MENTOR']} />,
            children: [
              { path: 'trainings', ...trainings('TrainingsRoute') },
              { path: 'trainings/:id', ...trainings('TrainingDetailRoute') },
              { path: 'my-trainings', element: <Navigate to="/trainings?tab=mine" replace /> },
            ],
          },
          {
            element: <RequireRole roles={['COORDINATOR', 'PROFESSIONAL']} />,
            children: [
              {
                path: 'trainings/:id/sessions/:sessionId/attendance',
                ...trainings('AttendanceRoute'),
              },
            ],
          },
          {
            element: <RequireRole roles={['COORDINATOR']} />,
            children: [
              { path: 'trainings/new', ...trainings('TrainingNewRoute') },
              { path: 'trainings/:id/edit', ...trainings('TrainingEditRoute') },
              { path: 'training-modules', ...trainings('TrainingModulesRoute') },
              { path: 'training-modules/new', ...trainings('TrainingModuleNewRoute') },
              { path: 'training-modules/:id/edit', ...trainings('TrainingModuleEditRoute') },
            ],
          },
          {
            element: <RequireRole roles={['MENTOR']} />,
            children: [{ path: 'mentoring', ...mentoring('MentorHomeRoute') }],
          },
          {
            element: <RequireRole roles={['COORDINATOR']} />,
            children: [
              { path: 'volunteers', ...mentoring('VolunteersRoute') },
              { path: 'volunteers/:id', ...mentoring('VolunteerDetailRoute') },
              { path: 'children', ...mentoring('ChildrenRoute') },
              { path: 'children/new', ...mentoring('ChildNewRoute') },
              { path: 'children/:id', ...mentoring('ChildDetailRoute') },
              { path: 'children/:id/edit', ...mentoring('ChildEditRoute') },
              { path: 'matching', ...mentoring('MatchingRunsRoute') },
              { path: 'matching-runs/:id', ...mentoring('MatchingRunRoute') },
              { path: 'matches', ...mentoring('MatchesRoute') },
              { path: 'matches/:id', ...mentoring('MatchDetailRoute') },
              { path: 'safeguarding', ...mentoring('AlertsRoute') },
            ],
          },
          {
            element: <RequireRole roles={['ADMIN', 'COORDINATOR']} />,
            children: [
              { path: 'organisations/new', element: <OrganisationNewRoute /> },
              { path: 'organisations/:id/edit', element: <OrganisationEditRoute /> },
              { path: 'users', element: <UsersRoute /> },
              { path: 'indicators', ...indicators('IndicatorsRoute') },
              { path: 'integration-clients', element: <IntegrationClientsRoute /> },
              { path: 'integration-clients/:id', element: <IntegrationClientDetailRoute /> },
              {
                path: 'integration-clients/:clientId/webhooks/:id',
                element: <WebhookSubscriptionDetailRoute />,
              },
              { path: 'webhook-subscriptions/:id', element: <WebhookSubscriptionRedirectRoute /> },
            ],
          },
          {
            element: <RequireRole roles={['ADMIN']} />,
            children: [
              { path: 'users/new', element: <UserNewRoute /> },
              { path: 'users/:id', element: <UserEditRoute /> },
            ],
          },
          { path: 'profile', element: <ProfileRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
