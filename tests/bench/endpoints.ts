/** Every list endpoint a person pages through, as the bench calls it once to EXPLAIN what it runs. */
import type { CityManifest } from './city';

export interface ListEndpoint {
  name: string;
  path: string;
  as: 'member' | 'secretary';
}

export function listEndpoints(m: CityManifest): ListEndpoint[] {
  const c = m.wall.communityId;
  const member = (name: string, path: string): ListEndpoint => ({ name, path: `/api/v1${path}`, as: 'member' });
  const secretary = (name: string, path: string): ListEndpoint => ({ name, path: `/api/v1${path}`, as: 'secretary' });
  return [
    member('wall, newest', `/communities/${c}/wishes?limit=20`),
    member('wall, most urgent', `/communities/${c}/wishes?limit=20&sort=urgent`),
    member('wall, fulfilled', `/communities/${c}/wishes?limit=20&status=confirmed`),
    member('street wall', `/streets/${m.wall.streetId}/wishes?limit=20`),
    member('wall counts', `/communities/${c}/wishes/counts`),
    member('my wishes', '/me/wishes'),
    member('my wish claims', '/me/wish-claims'),
    member('post board', `/communities/${c}/posts`),
    member('shifts', `/communities/${c}/shifts`),
    member('my shift claims', '/me/shift-claims'),
    member('topics', `/communities/${c}/topics`),
    member('decisions', `/communities/${c}/decisions`),
    member('my notices', '/me/notifications'),
    member('my points entries', `/me/points/entries?communityId=${c}`),
    secretary('wishes to review', `/communities/${c}/wishes/review`),
    secretary('member registrations', `/communities/${c}/member-registrations`),
    secretary('unit registrations', `/communities/${c}/unit-registrations`),
    secretary('approval queue', `/communities/${c}/queue`),
    secretary('approval queue counts', `/communities/${c}/queue/counts`),
    secretary('points ranking', `/communities/${c}/points/ranking`),
    secretary('points ranking, this month', `/communities/${c}/points/ranking?period=month`),
    secretary('unit ranking', `/communities/${c}/points/unit-ranking`),
    secretary('audit log', `/places/${c}/audit`),
    secretary('content reports', `/communities/${c}/content-reports`),
  ];
}
