import { Routes } from '@angular/router';

import { SignIn } from './sign-in';

export const authRoutes: Routes = [{ path: '', component: SignIn }];
