import type { Agency, AgencyKind } from '../../domain/index.ts';

/** What the user may edit about an agency: its kind and where it sits. */
export interface AgencyIdentity {
  kind: AgencyKind;
  province: string;
  city: string;
  county: string;
}

const MUNICIPALITIES = new Set(['北京市', '上海市', '天津市', '重庆市']);
const PREFIX = /^(.{2,7}?(?:省|自治区))?(.{2,7}?(?:市|自治州|州|盟|地区))?(.{1,8}?(?:县|区|旗))?/u;

/** Kind from the name's ending: a title without an organ suffix is a whole jurisdiction (county, city, zone). */
export function inferKind(name: string): AgencyKind {
  const n = name.trim();
  if (/(镇|乡)(人民政府)?$/.test(n)) return 'township';
  if (/街道(办事处)?$/.test(n)) return 'street';
  if (/人民政府办公(室|厅)$/.test(n)) return 'government_office';
  if (/(局|委|委员会|办|办公室|中心|院|所|队|站|处|会)$/.test(n)) return 'department';
  return 'jurisdiction';
}

type Region = Pick<AgencyIdentity, 'province' | 'city' | 'county'>;

function fromFolders(path: string): Region {
  const region: Region = { province: '', city: '', county: '' };
  for (const part of path.split(/[\\/]/).slice(0, -1)) {
    const p = part.trim();
    if (/^\S{2,8}(省|自治区)$/.test(p)) region.province = p;
    else if (MUNICIPALITIES.has(p)) region.province = p;
    else if (/^\S{2,8}(市|自治州|州|盟|地区)$/.test(p)) region.city = p;
    else if (/^\S{1,9}(县|区|旗)$/.test(p)) region.county = p;
  }
  return region;
}

function fromName(name: string): Region {
  const [, province = '', city = '', county = ''] = PREFIX.exec(name) ?? [];
  if (!province && MUNICIPALITIES.has(city)) return { province: city, city: '', county };
  return { province, city, county };
}

/** Kind and region of an agency from its name and the folder path the file came from (folders first, the name's prefix wins). */
export function inferIdentity(name: string, path = ''): AgencyIdentity {
  const kind = inferKind(name);
  const folders = fromFolders(path);
  const own = fromName(name.replace(/人民政府(办公室|办公厅)?$/, ''));
  const region = {
    province: own.province || folders.province,
    city: own.city || folders.city,
    county: own.county || folders.county,
  };
  if (kind === 'jurisdiction' && !own.county && !own.city) region.county = name;
  return { kind, ...region };
}

/** The agency as the database stores it; the id follows the data files: province/city/county/name. */
export function toAgency(name: string, identity: AgencyIdentity): Agency {
  const { province, city, county } = identity;
  return { id: `${province}/${city}/${county}/${name}`, name, kind: identity.kind, province, city, county };
}
