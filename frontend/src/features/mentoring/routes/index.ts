// The mentoring screens, loaded together on first use (see src/app/router.tsx).
export { AlertsRoute } from './alerts';
export { ChildDetailRoute } from './child-detail';
export { ChildEditRoute } from './child-edit';
export { ChildNewRoute } from './child-new';
export { ChildrenRoute } from './children';
export { MatchDetailRoute } from './match-detail';
export { MatchesRoute } from './matches';
export { MatchingRunRoute } from './matching-run';
export { MatchingRunsRoute } from './matching-runs';
export { MentorHomeRoute } from './mentor-home';
export { SetPasswordRoute } from './set-password';
export { VolunteerApplyRoute } from './volunteer-apply';
export { VolunteerDetailRoute } from './volunteer-detail';
export { VolunteersRoute } from './volunteers';
