import { findPersonalData, maskNumber } from "../detect/personal-data.ts";
import type { InspectRule } from "../types.ts";

const kinds = { mobile: "手机号码", id: "身份证号码", "bank-card": "银行卡号" } as const;

/**
 * 个人信息: published text holds no mainland mobile number, 18-digit ID number (right check digit)
 * or bank card number (Luhn), unless masked (138****1234) or allowed in inspect.yaml with a
 * reason. The report shows each number masked: it must not publish it again.
 */
export const personalData: InspectRule = {
  id: "personal-data",
  title: "个人信息泄露",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项：泄露个人信息等安全问题；《政府信息公开条例》第十五条（个人隐私不得公开）；《个人信息保护法》第二十八条（身份证件号码、金融账户等敏感个人信息）",
  fix: "删除或遮盖该号码（如138****1234）；确需公开的（如经本人同意的值班电话），在 inspect.yaml 的 personalData.allow 中写明号码和理由",
  severity: "veto",
  checkPage: (page, { content }) => {
    const allowed = new Set(content.portal.inspect.allowPersonalData.map((entry) => entry.value));
    return findPersonalData(page.text)
      .filter((match) => !allowed.has(match.value))
      .map((match) => {
        const before = page.text.slice(Math.max(0, match.index - 12), match.index).replace(/\n/g, " ");
        return { page: page.path, message: `公开了${kinds[match.kind]}${maskNumber(match.value)}（“${before}${maskNumber(match.value)}”）` };
      });
  },
};
