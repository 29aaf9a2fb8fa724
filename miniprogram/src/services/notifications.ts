/** 消息: my in-app notices (every signed-in person has an inbox, holding only their own). */
import { api } from './api-client';
import type { Notice, NoticePage } from './api-types';

export function myNotices(cursor?: string): Promise<NoticePage> {
  return api.get('/api/v1/me/notifications', { query: { cursor } });
}

export async function unreadNoticeCount(): Promise<number> {
  return (await api.get('/api/v1/me/notifications/unread-count')).unread;
}

export function markNoticeRead(id: string): Promise<Notice> {
  return api.post('/api/v1/me/notifications/{id}/read', { path: { id } });
}

/** Marks read everything up to the newest notice shown (one that arrived since stays unread). */
export async function markAllNoticesRead(upToId?: string): Promise<number> {
  return (await api.post('/api/v1/me/notifications/read-all', { body: { upToId } })).unread;
}
