// A pa11y-ci reporter that hands each page's result to the audit's callbacks
// (passed in as the reporter's options), so pa11y-ci can run in-process.
"use strict";

module.exports = function bridgeReporter(options) {
  return {
    results(results) {
      options.onResults(results);
    },
    error(error, url) {
      options.onError(error, url);
    },
  };
};
