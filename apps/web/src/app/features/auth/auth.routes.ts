import { Routes } from '@angular/router';

import { Register } from './register';
import { SignIn } from './sign-in';

export const authRoutes: Routes = [{ path: '', component: SignIn }];

export const registerRoutes: Routes = [{ path: '', component: Register }];
