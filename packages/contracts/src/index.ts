// The wire shapes of Huahe: one Zod schema per request/response, shared by api, web and cli.
