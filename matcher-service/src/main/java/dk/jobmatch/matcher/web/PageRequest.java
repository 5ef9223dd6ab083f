package dk.jobmatch.matcher.web;

import dk.jobmatch.api.model.PageInfo;

/** A validated page request; the contract bounds page and size, defaults come from it too. */
public record PageRequest(int page, int size) {

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
  }

  public long offset() {
    return (long) page * size;
  }

  public PageInfo info(long totalItems) {
    return new PageInfo().page(page).size(size).totalItems(totalItems)
        .totalPages((int) ((totalItems + size - 1) / size));
  }
}
