/** Every list answers this shape and takes `limit` (default 50, max 200) and `offset`. */
export interface ListResponse<T> {
  items: T[];
  total: number;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
}
