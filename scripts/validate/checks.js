/**
 * Structural checks that no schema makes (see shared/OFFICE.md): each takes the manifest model
 * and a context ({ srcDir, namespace, files }) and returns { ok, detail }.
 */
"use strict";

const path = require("path");
const { associatedNames } = require("./commandsScan");
const { compareVersions, neededSets } = require("./requirementsScan");

const pass = (detail) => ({ ok: true, detail });
const fail = (detail) => ({ ok: false, detail });
const verdict = (problems, okDetail) => (problems.length ? fail(problems.join("; ")) : pass(okDetail));

const MAX_RESID = 32;

function residsDefined(model) {
  const problems = model.duplicateResourceIds.map((d) => `duplicate resource id ${d}`);
  for (const use of model.residUses) {
    const groups = use.kind ? [use.kind] : Object.keys(model.resources);
    const where = `<${use.element}> in <${use.parent}>`;
    if (!use.resid) problems.push(`empty resid on ${where}`);
    else if (!groups.some((g) => model.resources[g].has(use.resid)))
      problems.push(`"${use.resid}" (${where}) is not defined in ${use.kind ? `bt:${use.kind}` : "Resources"}`);
    else if (use.resid.length > MAX_RESID) problems.push(`"${use.resid}" is longer than ${MAX_RESID} characters`);
  }
  return verdict(problems, `${model.residUses.length} resid uses, all defined`);
}

function runtimesFirst(model) {
  const host = model.workbookHost;
  if (!host) return fail('no <Host xsi:type="Workbook"> in VersionOverrides');
  if (host.childNames[0] !== "Runtimes")
    return fail(`first child of the Workbook host is <${host.childNames[0] || "nothing"}>, not <Runtimes>`);
  return pass("<Runtimes> opens the Workbook host");
}

function runtimeResid(model) {
  const host = model.workbookHost;
  if (!host) return fail('no <Host xsi:type="Workbook">');
  if (host.runtimes.length !== 1) return fail(`expected one <Runtime>, found ${host.runtimes.length}`);
  const [runtime] = host.runtimes;
  const problems = [];
  if (runtime.lifetime !== "long") problems.push(`<Runtime lifetime="${runtime.lifetime}">, expected "long"`);
  const users = [
    ["custom functions <Page>", host.customFunctions && host.customFunctions.pageResid],
    ...host.functionFileResids.map((r) => ["<FunctionFile>", r]),
    ...host.actions.filter((a) => a.type === "ShowTaskpane").map((a) => [`ShowTaskpane of ${a.controlId}`, a.sourceResid]),
  ];
  for (const [what, resid] of users) {
    if (resid !== runtime.resid) problems.push(`${what} uses "${resid ?? "(none)"}", the runtime uses "${runtime.resid}"`);
  }
  if (!host.customFunctions) problems.push("no CustomFunctions extension point");
  if (host.functionFileResids.length === 0) problems.push("no <FunctionFile>");
  const runtimeUrl = model.resources.Urls.get(runtime.resid);
  if (runtimeUrl !== undefined && model.sourceLocation !== runtimeUrl)
    problems.push(`DefaultSettings SourceLocation ${model.sourceLocation} is not the runtime page ${runtimeUrl}`);
  return verdict(problems, `"${runtime.resid}" everywhere (${users.length} uses)`);
}

function noTaskpaneId(model) {
  const actions = model.workbookHost ? model.workbookHost.actions.filter((a) => a.type === "ShowTaskpane") : [];
  const withId = actions.filter((a) => a.taskpaneId);
  return verdict(
    withId.map((a) => `ShowTaskpane of ${a.controlId} has <TaskpaneId>${a.taskpaneId}</TaskpaneId>`),
    `${actions.length} ShowTaskpane action(s) without TaskpaneId`,
  );
}

/** The manifest declares every requirement set the sources use, at the version they need (requirementsScan.js). */
function requirements(model, ctx) {
  const needed = neededSets(ctx.srcDir);
  const problems = [];
  for (const [name, { version, api }] of needed) {
    const declared = model.requirements.find((s) => s.name === name);
    if (!declared) problems.push(`no <Set Name="${name}" MinVersion="${version}"> (the code uses ${api})`);
    else if (compareVersions(declared.minVersion || "1.1", version) < 0)
      problems.push(`<Set Name="${name}" MinVersion="${declared.minVersion}">, but the code uses ${api} (${name} ${version})`);
  }
  return verdict(problems, [...needed].map(([name, { version, api }]) => `${name} ${version} (${api})`).join(", "));
}

function commandsAssociated(model, ctx) {
  const names = model.workbookHost ? model.workbookHost.actions.filter((a) => a.type === "ExecuteFunction") : [];
  const commandsDir = path.join(ctx.srcDir, "commands");
  const shown = path.relative(process.cwd(), commandsDir);
  const where = shown && !shown.startsWith("..") ? shown : commandsDir;
  const { names: associated, files } = associatedNames(commandsDir);
  const problems = names
    .filter((a) => !a.functionName || !associated.has(a.functionName))
    .map((a) => `"${a.functionName}" (${a.controlId}) is not associated by Office.actions.associate in ${where}`);
  if (files.length === 0) problems.push(`no source files in ${where}`);
  return verdict(problems, `${names.map((a) => a.functionName).join(", ") || "no ExecuteFunction actions"}`);
}

function uniqueIds(model) {
  const ids = model.workbookHost ? model.workbookHost.ids : [];
  const seen = new Set();
  const problems = [];
  for (const { element, id } of ids) {
    if (!id) problems.push(`<${element}> without id`);
    else if (id.length > 125) problems.push(`id "${id}" is longer than 125 characters`);
    else if (seen.has(id)) problems.push(`id "${id}" is used twice`);
    seen.add(id);
  }
  return verdict(problems, `${ids.length} ids`);
}

function namespace(model, ctx) {
  const resid = model.workbookHost && model.workbookHost.customFunctions && model.workbookHost.customFunctions.namespaceResid;
  const value = resid ? model.resources.ShortStrings.get(resid) : undefined;
  if (value === undefined) return fail(`namespace resid "${resid ?? "(none)"}" has no ShortString`);
  if (!/^[A-Za-z0-9.]{1,32}$/.test(value)) return fail(`namespace "${value}" must be 1-32 letters, digits or periods`);
  if (value !== ctx.namespace) return fail(`namespace is "${value}", the code and docs use "${ctx.namespace}"`);
  return pass(`"${value}"`);
}

module.exports = {
  residsDefined,
  runtimesFirst,
  runtimeResid,
  noTaskpaneId,
  requirements,
  commandsAssociated,
  uniqueIds,
  namespace,
  pass,
  fail,
  verdict,
};
