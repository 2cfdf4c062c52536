import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findPersonalData, idCheckDigit, isIdNumber, maskNumber, passesLuhn } from "../../../src/inspect/detect/personal-data.ts";

const kinds = (text: string) => findPersonalData(text).map((m) => `${m.kind} ${m.value}`);

describe("findPersonalData", () => {
  test("finds a mobile number written whole, grouped 3-4-4 or with +86, and not one inside a longer number", () => {
    assert.deepEqual(kinds("电话19900000001。"), ["mobile 19900000001"]);
    assert.deepEqual(kinds("手机：199 0000 0001，或+86 199-0000-0001"), ["mobile 19900000001", "mobile 19900000001"]);
    assert.deepEqual(kinds("公安备案11010202007633号，标识码1101020002，固话010-12345678"), []);
  });

  test("leaves masked numbers alone", () => {
    assert.deepEqual(kinds("手机138****1234，身份证110102********0018，卡号6200 **** **** 0005"), []);
  });

  test("finds an 18-digit ID number only with a right check digit and a real birth date", () => {
    assert.equal(idCheckDigit("11010219900307001"), "8");
    assert.ok(isIdNumber("110102199003070018"));
    assert.ok(!isIdNumber("110102199003070019"), "wrong check digit");
    assert.ok(!isIdNumber("110102199002300013"), "2月30日");
    assert.deepEqual(kinds("身份证号110102199003070018。"), ["id 110102199003070018"]);
    assert.deepEqual(kinds("编号110102199003070019。"), [], "18 digits with a wrong check digit are a number, not an ID");
  });

  test("finds a bank card number that passes Luhn, whole or in groups of four, and not an ID number twice", () => {
    assert.ok(passesLuhn("6200000000000005") && !passesLuhn("6200000000000006"));
    assert.deepEqual(kinds("卡号6200000000000005；卡号6222 0000 0000 0000 004"), ["bank-card 6200000000000005", "bank-card 6222000000000000004"]);
    assert.deepEqual(kinds("卡号6200000000000006"), [], "fails Luhn");
    assert.deepEqual(kinds("身份证号110102199003070018"), ["id 110102199003070018"]);
  });

  test("masks a number for the report, keeping its start and last four digits", () => {
    assert.equal(maskNumber("19900000001"), "199****0001");
    assert.equal(maskNumber("110102199003070018"), "1101**********0018");
  });
});
