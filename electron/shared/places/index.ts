export { DEPARTMENTS, type Department } from './departments';
export {
  departmentByCode,
  departmentByName,
  departmentFromPostcode,
  departmentInTerritory,
  isRegion,
  postcodeInText,
  regionByName,
} from './lookup';
