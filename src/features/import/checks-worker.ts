/// <reference lib="webworker" />
import { checkAll } from '../../checks/index.ts';
import type { ReportRecord } from '../../domain/index.ts';

self.onmessage = (e: MessageEvent<ReportRecord[]>) => self.postMessage(checkAll(e.data));
