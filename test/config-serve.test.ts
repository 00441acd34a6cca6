import { describe, expect, it } from "vitest";
import { DEFAULT_HOST, DEFAULT_PORT, isLoopbackHost, loadConfig } from "../src/config.js";

describe("serve settings", () => {
  it("listen on loopback port 4870 with open reads unless told otherwise", () => {
    expect(loadConfig({}, {})).toMatchObject({ port: DEFAULT_PORT, host: DEFAULT_HOST, readAccess: "open" });
    expect(DEFAULT_HOST).toBe("127.0.0.1");
    expect(
      loadConfig({}, { LINKAGE_PORT: "8080", LINKAGE_HOST: "0.0.0.0", LINKAGE_READ_ACCESS: "token" }),
    ).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      readAccess: "token",
    });
    expect(loadConfig({ port: "9000", host: "::1" }, { LINKAGE_PORT: "8080" })).toMatchObject({
      port: 9000,
      host: "::1",
    });
  });

  it("name the flag and what it expects when a value is wrong", () => {
    expect(() => loadConfig({ port: "http" }, {})).toThrow(
      '--port / LINKAGE_PORT: expected a port number from 0 to 65535, found "http"',
    );
    expect(() => loadConfig({}, { LINKAGE_PORT: "70000" })).toThrow(/--port \/ LINKAGE_PORT: expected a port number/);
    expect(() => loadConfig({ readAccess: "anyone" }, {})).toThrow(
      '--read-access / LINKAGE_READ_ACCESS: expected one of open, token, found "anyone"',
    );
  });

  it("tell loopback addresses from the rest", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.5", "example.org", "127.0.0.1.example.org"])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
