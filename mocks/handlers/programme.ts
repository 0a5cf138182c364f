import { http, HttpResponse } from 'msw';
import { db } from '../db';
import { API, wait, type HandlerOptions } from './respond';

export function programmeHandlers(options: HandlerOptions) {
  return [
    http.get(`${API}/programme`, async () => {
      await wait(options);
      return HttpResponse.json(db.get().programme);
    }),
    http.get(`${API}/thrusts`, async () => {
      await wait(options);
      return HttpResponse.json({ items: db.get().thrusts });
    }),
    http.get(`${API}/departments`, async () => {
      await wait(options);
      return HttpResponse.json({ items: db.get().departments });
    }),
  ];
}
