import { format } from 'echarts/core';

/**
 * A tooltip text as the HTML ECharts puts into the page: a formatter's string is markup, and notes carry names
 * from the data (agency names from imported files), so they are escaped; a line break in the text is a <br/>.
 */
export function tooltipHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => format.encodeHTML(line))
    .join('<br/>');
}
