// Shared test set-up. Network mocks (msw) are registered per suite in test/mocks.
export {}
