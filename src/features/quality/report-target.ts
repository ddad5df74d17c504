/** The URL params that open one report, dropping the quality view's own filters. */
export const reportTarget = (reportId: string): Record<string, string | null> => ({
  v: 'report',
  report: reportId,
  qr: null,
  qs: null,
  qa: null,
  qy: null,
});
