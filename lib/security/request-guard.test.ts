/** The proxy's body limit: 1 MiB everywhere, 12 MiB for the workbook upload only. */
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES, refuseRequest } from "./request-guard";

const post = (length: number) => new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "content-length": String(length) });

describe("refuseRequest body limits", () => {
  it("lets an 11 MB upload reach the import routes, so the import's own 10 MB rule answers in words", () => {
    expect(refuseRequest("POST", post(11 * 1024 * 1024), false, "/api/imports/preview")).toBeNull();
    expect(refuseRequest("POST", post(11 * 1024 * 1024), false, "/api/imports/commit")).toBeNull();
    expect(refuseRequest("POST", post(MAX_IMPORT_BODY_BYTES + 1), false, "/api/imports/preview")).toMatchObject({ status: 413 });
  });

  it("keeps 1 MiB for every other path, server actions included", () => {
    expect(refuseRequest("POST", post(MAX_BODY_BYTES + 1), false, "/imports")).toMatchObject({ status: 413 });
    expect(refuseRequest("POST", post(MAX_BODY_BYTES + 1), false, "/api/imports/template")).toMatchObject({ status: 413 });
    expect(refuseRequest("POST", post(MAX_BODY_BYTES + 1), false, "/meetings/new")).toMatchObject({ status: 413 });
    expect(refuseRequest("POST", post(MAX_BODY_BYTES), false, "/meetings/new")).toBeNull();
  });
});
