/**
 * Words by which a text refers back to a project it has named and says where it lies: shared by the
 * linkers that place a project by the address a later sentence gives it and that place the figures
 * of a sentence about "the project".
 */

/** Words that open a sentence before its subject (据介绍,城市客厅项目位于…; 目前,甲中心…). */
export const OPENING_FILLER = /^(?:据介绍|据悉|据了解|目前|其中|同时|此外|另外)[，,]?/;

/** Verbs that say where something lies (位于, 地处, 坐落于, 选址于). */
export const LIES_AT =
  /(?:选址)?(?:位于|地处|坐落于|坐落在|坐落(?=[\u4e00-\u9fff]{2,}[镇区乡街])|选址于|选址在)/;

/**
 * "The project" opening a sentence, named again by its kind (该项目, 本工程, 该基地, 项目位于…) or by
 * what is built in it (主要建设内容有…): the project named last before it. A kind without 该/本/此
 * refers back only as 项目 or 工程, the words a report uses for the project it is about.
 */
export const THE_PROJECT_OPENING =
  /^(?:(?:该|本|此)(?:项目|工程|基地|装置|设施|园区|中心|学校|医院|公园)|项目|工程|(?:主要)?建设内容)/;
