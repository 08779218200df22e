import { baseUrl } from './browser';

interface VersionDetail {
  modules: { activities: { id: string; kind: string; startsAt?: string | null }[] }[];
}

/**
 * The workshop times a new cohort must decide (the API refuses to let it inherit a course time outside its dates):
 * each such workshop meets on the cohort's first day at 9.00 Finnish time, as an admin would choose.
 */
export async function workshopsWithin(
  token: string,
  courseId: string,
  startsOn: string,
  endsOn: string,
): Promise<{ activityId: string; startsAt: string }[]> {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${baseUrl()}/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const course = await get<{ latestVersion: number | null }>(`/courses/${courseId}`);
  if (!course.latestVersion) return [];
  const version = await get<VersionDetail>(`/courses/${courseId}/versions/${course.latestVersion}`);
  // A Finnish day, as the API counts it (UTC+2 or +3).
  const day = (iso: string) => new Date(new Date(iso).getTime() + 3 * 3600_000).toISOString().slice(0, 10);
  return version.modules
    .flatMap((m) => m.activities)
    .filter(
      (a) => a.kind === 'workshop' && a.startsAt && (day(a.startsAt) < startsOn || day(a.startsAt) > endsOn),
    )
    .map((a) => ({ activityId: a.id, startsAt: `${startsOn}T07:00:00Z` }));
}
