// Generated from chart/dagger-helm/Chart.yaml by `npm run gen`; the versions live there.
export const CHART = {
  "name": "dagger-helm",
  "version": "0.5.0",
  "appVersion": "0.21.8"
} as const;
