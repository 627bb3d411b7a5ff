// The trainings screens, loaded together on first use (see src/app/router.tsx).
export { AttendanceRoute } from './attendance';
export { TrainingDetailRoute } from './training-detail';
export { TrainingEditRoute } from './training-edit';
export { TrainingModuleEditRoute } from './training-module-edit';
export { TrainingModuleNewRoute } from './training-module-new';
export { TrainingModulesRoute } from './training-modules';
export { TrainingNewRoute } from './training-new';
export { TrainingsRoute } from './trainings';
export { VerifyCertificateRoute } from './verify-certificate';
