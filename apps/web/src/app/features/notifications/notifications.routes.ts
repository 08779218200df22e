import { Routes } from '@angular/router';

import { NotificationsPage } from './notifications-page';

export const notificationsRoutes: Routes = [{ path: '', component: NotificationsPage }];
