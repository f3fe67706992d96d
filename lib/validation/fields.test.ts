/**
 * Names and titles lose the characters that disguise them (bidi controls, zero-width characters)
 * and keep the joiners Persian and Arabic spelling needs, in every schema that uses the builders.
 */
import { describe, expect, it } from "vitest";
import { nameText, requiredName, stripInvisible } from "./fields";
import { personFormSchema } from "@/lib/people/schema";
import { organisationFormSchema } from "@/lib/organisations/schema";
import { counterpartSchema } from "@/lib/meetings/schema";

describe("stripInvisible", () => {
  it("removes a right-to-left override that makes a name read backwards", () => {
    // "\u202E" + "nairam" displays as "mariam" in a left-to-right context.
    expect(stripInvisible("\u202Enairam\u202C")).toBe("nairam");
  });

  it("removes every bidi control: embeddings, overrides, isolates, marks, the Arabic letter mark", () => {
    const controls = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"];
    for (const control of controls) expect(stripInvisible(`محمد${control} العلوي`)).toBe("محمد العلوي");
  });

  it("removes zero-width spaces, word joiners and byte-order marks", () => {
    expect(stripInvisible("\uFEFFAna\u200B García\u2060")).toBe("Ana García");
  });

  it("keeps the zero-width non-joiner of Persian and the zero-width joiner", () => {
    // می‌خواهم: Persian "I want", the prefix می kept apart from the verb by a ZWNJ.
    expect(stripInvisible("می\u200Cخواهم")).toBe("می\u200Cخواهم");
    expect(stripInvisible("ه\u200D")).toBe("ه\u200D");
  });
});

describe("name fields", () => {
  it("clean, then trim, then count what is left", () => {
    expect(nameText(10).parse("  \u200FRabat\u200F  ")).toBe("Rabat");
    expect(nameText(5).safeParse("\u200B\u200BRabat\u200B").success).toBe(true);
  });

  it("refuse a required name made only of invisible characters", () => {
    expect(requiredName(200).safeParse("\u202E\u200B\u2066\u2069").success).toBe(false);
  });

  it("apply in the rooms' schemas (the same schema runs in the browser and on the server)", () => {
    const person = personFormSchema.parse({ name: "\u202Bخوان بيريز\u202C", nameTransliterated: "Juan\u200B Pérez", countryCode: "ES", notes: "" });
    expect(person.name).toBe("خوان بيريز");
    expect(person.nameTransliterated).toBe("Juan Pérez");

    const organisation = organisationFormSchema.parse({
      nameAr: "وزارة\u200F الداخلية",
      nameFr: "\uFEFFMinistère de l'Intérieur",
      nameEn: "",
      acronym: "\u2066MI\u2069",
      type: "ministry",
      countryCode: "MA",
    });
    expect(organisation).toMatchObject({ nameAr: "وزارة الداخلية", nameFr: "Ministère de l'Intérieur", acronym: "MI" });

    const counterpart = counterpartSchema.parse({
      personId: "",
      newPersonName: "علی\u200Cرضا",
      newPersonTransliteration: "",
      titleAtMeeting: "\u202Dوزير الخارجية\u202C",
    });
    expect(counterpart.newPersonName).toBe("علی\u200Cرضا");
    expect(counterpart.titleAtMeeting).toBe("وزير الخارجية");
  });
});
