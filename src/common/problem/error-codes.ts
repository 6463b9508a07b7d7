/**
 * Every stable error code pasokan answers with, its HTTP status and a short title. Clients branch on `code`; the
 * `detail` of each problem tells a person what to fix. Keep codes stable: add, never rename.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  AUTHENTICATION_REQUIRED: { status: 401, title: 'You need to log in' },
  INVALID_CREDENTIALS: { status: 401, title: 'Wrong username or password' },
  INVALID_TOKEN: { status: 401, title: 'Your session is not valid' },
  ACCOUNT_DEACTIVATED: { status: 401, title: 'This account is deactivated' },
  FORBIDDEN_ROLE: { status: 403, title: 'Your role does not allow this' },
  OUT_OF_SCOPE: { status: 403, title: 'This is outside the places you are responsible for' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such address in the API' },
  USER_NOT_FOUND: { status: 404, title: 'User not found' },
  PRODUCT_NOT_FOUND: { status: 404, title: 'Product not found' },
  POINT_NOT_FOUND: { status: 404, title: 'Distribution point not found' },
  PROVINCE_NOT_FOUND: { status: 404, title: 'Province not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  USERNAME_TAKEN: { status: 409, title: 'Username already in use' },
  PRODUCT_CODE_TAKEN: { status: 409, title: 'Product code already in use' },
  POINT_CODE_TAKEN: { status: 409, title: 'Point code already in use' },
  CONFLICT: { status: 409, title: 'The request conflicts with existing data' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Send the body as application/json' },
  UNKNOWN_REGENCY: { status: 422, title: 'Unknown regency code' },
  UNKNOWN_POINT: { status: 422, title: 'Unknown distribution point' },
  INVALID_SCOPE: { status: 422, title: 'The scope does not fit the role' },
  INVALID_SUPPLIER: { status: 422, title: 'The supplier point cannot be used' },
  RESTRICTED_NOT_ALLOWED: { status: 422, title: 'This point type may not hold restricted products' },
  CANNOT_CHANGE_OWN_ACCOUNT: { status: 422, title: 'You cannot do this to your own account' },
  REFERENCED_DATA_MISSING: { status: 422, title: 'The request refers to something that does not exist' },
  TOO_MANY_REQUESTS: { status: 429, title: 'Too many attempts; wait and try again' },
  INTERNAL_ERROR: { status: 500, title: 'Something went wrong on the server' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'The service is not ready' },
  DATABASE_UNAVAILABLE: { status: 503, title: 'The database is not reachable; try again shortly' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
