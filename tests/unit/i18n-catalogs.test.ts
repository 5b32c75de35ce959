import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { ENGLISH, GERMAN } from "@/lib/i18n/messages/catalog";
import { messagesFor } from "@/lib/i18n/messages/messages-for";
import { translatorFor } from "@/lib/i18n/translator-for";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** Names of the ICU arguments a message uses ({minutes}, {count, plural, …}), nested ones included. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.tag) names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const german = flatten(GERMAN as unknown as Tree);
const english = flatten(ENGLISH as unknown as Tree);

describe("message catalogs", () => {
  it("has an English text for every German one and no English text without a German one", () => {
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort());
  });

  it("uses the same placeholders in both languages, so no value goes missing in translation", () => {
    const mismatches = [...german].filter(([key, text]) => {
      const other = english.get(key);
      return other !== undefined && argumentsOf(text).join() !== argumentsOf(other).join();
    });
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it("writes Swiss German without ß", () => {
    const swiss = flatten(messagesFor("de-CH") as unknown as Tree);
    expect([...swiss.values()].filter((text) => text.includes("ß"))).toEqual([]);
    expect(swiss.size).toBe(german.size);
  });

  it("formats plural messages in each language", () => {
    expect(translatorFor("de-DE")("login.errors.throttled", { minutes: 1 })).toContain("einer Minute");
    expect(translatorFor("de-DE")("login.errors.throttled", { minutes: 5 })).toContain("5 Minuten");
    expect(translatorFor("en-GB")("login.errors.throttled", { minutes: 5 })).toContain("5 minutes");
  });
});

// Keys in schemas and data-layer results are plain strings the compiler cannot check; a typo would
// show the generic "please check your input" instead of the real reason. Every key-shaped literal
// in the source must exist.
describe("message keys in the source", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const namespaces = Object.keys(GERMAN).join("|");
  const keyLiteral = new RegExp(`["'\`]((?:${namespaces})\\.[A-Za-z0-9_.]+[A-Za-z0-9_])["'\`]`, "g");

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules" || name === "messages") return [];
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return /\.(ts|tsx)$/.test(name) ? [full] : [];
    });
  }

  it("refers only to keys the German catalog has", () => {
    const missing: string[] = [];
    for (const file of ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)))) {
      for (const match of readFileSync(file, "utf8").matchAll(keyLiteral)) {
        const key = match[1]!;
        const isNamespace = [...german.keys()].some((k) => k.startsWith(`${key}.`));
        if (!german.has(key) && !isNamespace) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
