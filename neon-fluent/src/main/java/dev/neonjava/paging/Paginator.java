package dev.neonjava.paging;

import dev.neonjava.runtime.ApiRequest;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy sequence over every item of a paginated list. Pages are fetched one at a time, when the
 * iteration reaches them, so memory stays flat however long the list. One paginator serves every
 * list: a page fetcher (cursor to page; null for the first), an item extractor and a cursor
 * extractor. Iteration stops on an empty page, a page shorter than the requested limit, a missing
 * cursor, or a cursor already seen (Neon returns a cursor even on the last page).
 * <p>Each call to {@link #iterator()}, {@link #stream()} or {@link #pages()} starts again from the
 * first page.
 *
 * @param <P> the page type (a generated response model)
 * @param <T> the item type
 */
public final class Paginator<P, T> implements Iterable<T> {
  private final Function<String, P> fetch;
  private final Function<P, List<T>> items;
  private final Function<P, String> cursor;
  private final Long limit;

  /**
   * Creates a paginator over a function that fetches one page by cursor.
   * @param fetch fetches the page after a cursor (null for the first page)
   * @param items the items of a page (null is an empty page)
   * @param cursor the cursor of the next page, or null
   * @param limit the page size requested, or null when the server's default is used
   */
  public Paginator(Function<String, P> fetch, Function<P, List<T>> items, Function<P, String> cursor, Long limit) {
    this.fetch = ApiRequest.require(fetch, "fetch");
    this.items = ApiRequest.require(items, "items");
    this.cursor = ApiRequest.require(cursor, "cursor");
    this.limit = limit;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<P> pages = pageIterator();
    return new Iterator<T>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          List<T> page = items.apply(pages.next());
          current = page == null ? java.util.Collections.emptyIterator() : page.iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * Returns the items as a sequential, lazy stream.
   * @return the items as a sequential, lazy stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /**
   * Fetches every page now and returns all items, in order. For large lists prefer iterating, which
   * holds one page at a time.
   * @return every item, unmodifiable
   */
  public List<T> toList() {
    List<T> all = new java.util.ArrayList<>();
    iterator().forEachRemaining(all::add);
    return java.util.Collections.unmodifiableList(all);
  }

  /**
   * Returns the pages themselves, lazily, for fields besides the items (e.g.
   * @return the pages themselves, lazily, for fields besides the items (e.g. unavailable project ids)
   */
  public Iterable<P> pages() {
    return this::pageIterator;
  }

  private Iterator<P> pageIterator() {
    return new Iterator<P>() {
      private final java.util.Set<String> seen = new java.util.HashSet<>();
      private String next;
      private boolean started;
      private boolean finished;

      @Override
      public boolean hasNext() {
        return !finished;
      }

      @Override
      public P next() {
        if (finished) {
          throw new NoSuchElementException();
        }
        P page = fetch.apply(started ? next : null);
        started = true;
        List<T> pageItems = page == null ? null : items.apply(page);
        String following = page == null ? null : cursor.apply(page);
        boolean empty = pageItems == null || pageItems.isEmpty();
        boolean shortPage = limit != null && pageItems != null && pageItems.size() < limit;
        boolean noCursor = following == null || following.isBlank();
        finished = empty || shortPage || noCursor || !seen.add(following);
        next = following;
        return page;
      }
    };
  }
}
