// The indicators screen, loaded on first use (see src/app/router.tsx).
export { IndicatorsRoute } from './indicators';
