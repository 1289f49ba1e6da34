import { browser } from 'wxt/browser';
import type { SofterRequest, SofterResponse } from './messages.ts';

/** Sends one typed request to the background, which owns the database. */
export async function ask<R extends SofterRequest>(request: R): Promise<SofterResponse<R>> {
  return (await browser.runtime.sendMessage(request)) as SofterResponse<R>;
}
