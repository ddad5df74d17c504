/// <reference lib="webworker" />
import { checkAll } from '../checks/index.ts';
import type { RecordsIpc } from './records-ipc.ts';
import { recordsFromIpc } from './records-ipc.ts';

self.onmessage = (e: MessageEvent<RecordsIpc>) => self.postMessage(checkAll(recordsFromIpc(e.data)));
