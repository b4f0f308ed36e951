/**
 * Reads the parts of an add-in-only (XML) manifest that the structural checks need into plain
 * data, so the checks never walk the DOM themselves.
 */
"use strict";

const { child, childPath, descendants, elementChildren, text, withAttribute, xsiType } = require("./xml");

const RESOURCE_GROUPS = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which Resources group a resid on this element must name (null: the manifest schema allows any). */
function residKind(el) {
  switch (el.localName) {
    case "Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortStrings";
    case "Description":
    case "Tooltip":
      return "LongStrings";
    default:
      return null;
  }
}

function isInside(el, ancestor) {
  for (let node = el.parentNode; node; node = node.parentNode) if (node === ancestor) return true;
  return false;
}

function readResources(resources) {
  const defs = Object.fromEntries(RESOURCE_GROUPS.map((g) => [g, new Map()]));
  const duplicates = [];
  for (const group of RESOURCE_GROUPS) {
    for (const el of elementChildren(child(resources, group))) {
      const id = el.getAttribute("id");
      if (defs[group].has(id)) duplicates.push(`${group}/${id}`);
      defs[group].set(id, el.getAttribute("DefaultValue") || "");
    }
  }
  return { defs, duplicates };
}

function readRequirements(root) {
  const sets = child(child(root, "Requirements"), "Sets");
  const fallback = sets ? sets.getAttribute("DefaultMinVersion") || "1.1" : "1.1";
  return elementChildren(sets).map((set) => ({
    name: set.getAttribute("Name"),
    minVersion: set.getAttribute("MinVersion") || fallback,
  }));
}

const residOf = (el) => (el ? el.getAttribute("resid") || "" : undefined);
const defaultValue = (el) => (el ? el.getAttribute("DefaultValue") || "" : undefined);

/**
 * @param doc a parsed manifest (xmldom Document)
 * @returns the manifest as plain data: resources, resid uses, the Workbook host's parts
 */
function readManifestModel(doc) {
  const root = doc.documentElement;
  const versionOverrides = child(root, "VersionOverrides");
  const resourcesEl = child(versionOverrides, "Resources");
  const { defs, duplicates } = readResources(resourcesEl);
  const workbookHost = elementChildren(child(versionOverrides, "Hosts")).find((h) => xsiType(h) === "Workbook");
  const customFunctions = descendants(workbookHost, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");

  return {
    rootName: root.localName,
    hasVersionOverrides: Boolean(versionOverrides),
    resources: defs,
    duplicateResourceIds: duplicates,
    residUses: withAttribute(versionOverrides || root, "resid")
      .filter((el) => !resourcesEl || !isInside(el, resourcesEl))
      .map((el) => ({
        resid: el.getAttribute("resid"),
        element: el.localName,
        parent: el.parentNode.localName,
        kind: residKind(el),
      })),
    workbookHost: workbookHost
      ? {
          childNames: elementChildren(workbookHost).map((el) => el.localName),
          runtimes: descendants(child(workbookHost, "Runtimes"), "Runtime").map((r) => ({
            resid: residOf(r),
            lifetime: r.getAttribute("lifetime") || "",
          })),
          customFunctions: customFunctions
            ? {
                scriptResid: residOf(childPath(customFunctions, "Script", "SourceLocation")),
                pageResid: residOf(childPath(customFunctions, "Page", "SourceLocation")),
                metadataResid: residOf(childPath(customFunctions, "Metadata", "SourceLocation")),
                namespaceResid: residOf(child(customFunctions, "Namespace")),
              }
            : undefined,
          functionFileResids: descendants(workbookHost, "FunctionFile").map(residOf),
          actions: descendants(workbookHost, "Action").map((a) => ({
            type: xsiType(a),
            controlId: a.parentNode.getAttribute("id") || "",
            functionName: text(child(a, "FunctionName")),
            sourceResid: residOf(child(a, "SourceLocation")),
            taskpaneId: text(child(a, "TaskpaneId")),
          })),
          ids: ["CustomTab", "OfficeTab", "Group", "Control"].flatMap((name) =>
            descendants(workbookHost, name).map((el) => ({ element: name, id: el.getAttribute("id") || "" })),
          ),
          icons: descendants(workbookHost, "Icon").map((icon) => ({
            owner: icon.parentNode.getAttribute("id") || icon.parentNode.localName,
            images: elementChildren(icon).map((img) => ({
              size: Number(img.getAttribute("size")),
              resid: residOf(img),
            })),
          })),
        }
      : undefined,
    iconUrl: defaultValue(child(root, "IconUrl")),
    highResolutionIconUrl: defaultValue(child(root, "HighResolutionIconUrl")),
    supportUrl: defaultValue(child(root, "SupportUrl")),
    sourceLocation: defaultValue(childPath(root, "DefaultSettings", "SourceLocation")),
    requirements: readRequirements(root),
  };
}

module.exports = { readManifestModel, residKind, RESOURCE_GROUPS };
