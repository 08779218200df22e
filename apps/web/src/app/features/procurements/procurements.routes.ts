import { Routes } from '@angular/router';

import { ProcurementRegister } from './procurement-register';

// One lazy chunk for the register; the report, the form and a procurement's page load when opened.
export const procurementsRoutes: Routes = [
  { path: '', component: ProcurementRegister },
  { path: 'new', loadComponent: () => import('./procurement-editor').then((m) => m.ProcurementEditor) },
  { path: 'report', loadComponent: () => import('./innovation-report').then((m) => m.InnovationReport) },
  { path: ':id', loadComponent: () => import('./procurement-page').then((m) => m.ProcurementPage) },
];
