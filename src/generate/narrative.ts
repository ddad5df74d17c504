import type { CellValue } from '../domain/index.ts';
import type { Rng } from './prng.ts';

/** The figures the narrative quotes (N1 compares them with the tables). */
export interface QuotedFigures {
  received: number;
  carriedIn: number;
  processed: number;
  carriedOut: number;
  reviews: number;
  suits: number;
}

const IMPROVEMENTS = [
  '（一）存在的主要问题：主动公开的深度和广度不够，政策解读形式较为单一；工作人员业务水平有待提高。（二）改进措施：一是加强业务培训，提升工作人员能力；二是丰富政策解读形式，提高解读质量；三是及时更新公开内容，确保信息准确完整。',
  '一是信息公开的及时性有待加强，个别栏目更新不及时；二是依申请公开答复的规范性仍需提高。下一步，将完善信息发布审核机制，加强对依申请公开工作的指导，进一步提升政府信息公开工作质量。',
  '存在的主要问题：公开内容不够细化，群众关注的热点信息公开不够充分。改进情况：强化重点领域信息公开，健全政府信息公开工作制度，加强政务公开队伍建设，切实保障人民群众的知情权、参与权和监督权。',
] as const;

/** The figures of a report's cells that its narrative quotes. */
export function quotedFigures(cells: Readonly<Record<string, CellValue>>): QuotedFigures {
  const v = (key: string): number => cells[key]?.value ?? 0;
  return {
    received: v('t3.received_new.total'),
    carriedIn: v('t3.carried_over_in.total'),
    processed: v('t3.processed_total.total'),
    carriedOut: v('t3.carried_over_out.total'),
    reviews: v('t4.review.total'),
    suits: v('t4.litigation_direct.total') + v('t4.litigation_after_review.total'),
  };
}

/** Sections 一, 五 and 六 of a report, written from its figures. */
export function narrative(
  rng: Rng,
  name: string,
  year: number,
  q: QuotedFigures,
  infoFeeYuan: number,
): Record<string, string> {
  const published = rng.int(20, 400);
  const overview =
    `${year}年，${name}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，` +
    `全年通过政府网站主动公开政府信息${published}条。本年度共收到政府信息公开申请${q.received}件，` +
    `上年结转${q.carriedIn}件，办结${q.processed}件，结转下年度继续办理${q.carriedOut}件。` +
    `因政府信息公开申请被申请行政复议${q.reviews}件，被提起行政诉讼${q.suits}件。`;
  const other =
    year < 2021
      ? `${year}年无其他需要报告的事项。`
      : infoFeeYuan > 0
        ? `${year}年，本机关依据《政府信息公开信息处理费管理办法》收取信息处理费${infoFeeYuan}元。`
        : `${year}年，本机关未收取政府信息公开信息处理费。`;
  return { 一: overview, 五: rng.pick(IMPROVEMENTS), 六: other };
}
