import { Routes } from '@angular/router';

import { Catalogue } from './catalogue';

export const catalogueRoutes: Routes = [{ path: '', component: Catalogue }];
