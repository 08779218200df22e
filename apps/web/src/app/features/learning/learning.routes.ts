import { Routes } from '@angular/router';

import { MyLearning } from './my-learning';

export const learningRoutes: Routes = [{ path: '', component: MyLearning }];
