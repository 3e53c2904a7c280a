package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.BucketsApi;
import dev.neonjava.generated.api.BucketsApi.DeleteProjectBranchBucketObjectParams;
import dev.neonjava.generated.api.BucketsApi.DeleteProjectBranchBucketObjectsByPrefixParams;
import dev.neonjava.generated.api.BucketsApi.GetProjectBranchBucketObjectParams;
import dev.neonjava.generated.api.BucketsApi.ListProjectBranchBucketObjectsParams;
import dev.neonjava.generated.api.BucketsApi.PresignProjectBranchBucketObjectParams;
import dev.neonjava.generated.model.BucketObject;
import dev.neonjava.generated.model.BucketObjectsDeletePrefixResponse;
import dev.neonjava.generated.model.BucketObjectsListResponse;
import dev.neonjava.generated.model.PresignRequest;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.BinaryResponse;
import dev.neonjava.wait.OperationWaiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The objects of one bucket: list (paged, by prefix and delimiter), download as a stream, delete
 * one or all under a prefix, and presign a URL for an upload or download that bypasses the API.
 * Object keys may hold {@code /}: they are sent percent-encoded, as one path segment.
 */
public final class BucketObjects extends Resource<BucketObjects> {
  private final BucketsApi api;
  private final String projectId;
  private final String branchId;
  private final String bucketName;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   * @param bucketName the bucket name
   */
  public BucketObjects(ApiClient client, OperationWaiter waiter, String projectId, String branchId,
      String bucketName) {
    super(client, waiter);
    this.api = new BucketsApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
    this.bucketName = Validation.id(bucketName, "bucket_name");
  }

  @Override
  protected BucketObjects rebind(ApiClient client) {
    return new BucketObjects(client, waiter, projectId, branchId, bucketName);
  }

  /**
   * Returns the bucket's objects, fetched a page at a time as the iteration reaches them. The
   * folders (keys grouped by the delimiter) of each page are in {@code pages()}.
   * @param params prefix, delimiter and limit (the page size)
   * @return the objects
   */
  @CallsOperation("listProjectBranchBucketObjects")
  public Paginator<BucketObjectsListResponse, BucketObject> list(
      Consumer<ListProjectBranchBucketObjectsParams.Builder> params) {
    ListProjectBranchBucketObjectsParams first = listParams(params);
    return Calls.paged(first, (p, cursor) -> p.toBuilder().cursor(cursor).build(),
        api::listProjectBranchBucketObjects, BucketObjectsListResponse::getObjects, BucketObjects::nextCursor,
        first.limit() == null ? null : first.limit().longValue());
  }

  /**
   * Returns every object of the bucket, as {@link #list(Consumer)} without filters.
   * @return the objects
   */
  public Paginator<BucketObjectsListResponse, BucketObject> list() {
    return list(p -> { });
  }

  /**
   * Asynchronous first page of {@link #list(Consumer)}: pass its {@code next_cursor} as the cursor
   * for the next one.
   * @param params prefix, delimiter, cursor and limit
   * @return the pending page
   */
  public CompletableFuture<BucketObjectsListResponse> listPageAsync(
      Consumer<ListProjectBranchBucketObjectsParams.Builder> params) {
    return async(() -> api.listProjectBranchBucketObjectsAsync(listParams(params)));
  }

  /**
   * Opens an object's content as a stream read from the connection as the caller consumes it.
   * <b>The caller closes the returned response</b> (try-with-resources), which releases the
   * connection; until then it holds one.
   * <pre>{@code try (BinaryResponse object = bucket.download("reports/q1.csv")) { object.body().transferTo(out); }}</pre>
   * @param objectKey the object key
   * @return the content with its type and length, open until closed
   */
  @CallsOperation("getProjectBranchBucketObject")
  public BinaryResponse download(String objectKey) {
    return api.getProjectBranchBucketObject(downloadParams(objectKey));
  }

  /**
   * Asynchronous {@link #download(String)}: the caller closes the response the future completes with.
   * @param objectKey the object key
   * @return the pending content
   */
  public CompletableFuture<BinaryResponse> downloadAsync(String objectKey) {
    return async(() -> api.getProjectBranchBucketObjectAsync(downloadParams(objectKey)));
  }

  /**
   * Downloads an object into a file (replaced if it exists), streaming, and closes the response.
   * @param objectKey the object key
   * @param target the file to write
   * @return the number of bytes written
   * @throws UncheckedIOException when reading the response or writing the file fails
   */
  public long downloadTo(String objectKey, Path target) {
    Path file = ApiRequest.require(target, "target");
    try (BinaryResponse object = download(objectKey); InputStream in = object.body()) {
      return Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot download " + objectKey + " to " + file, e);
    }
  }

  /**
   * Deletes an object.
   * @param objectKey the object key
   * @throws dev.neonjava.runtime.NotFoundException when there is no such object
   */
  @CallsOperation("deleteProjectBranchBucketObject")
  public void delete(String objectKey) {
    api.deleteProjectBranchBucketObject(deleteParams(objectKey));
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param objectKey the object key
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(String objectKey) {
    return async(() -> api.deleteProjectBranchBucketObjectAsync(deleteParams(objectKey)));
  }

  /**
   * Deletes an object if it exists: for clean-up code that may run twice.
   * @param objectKey the object key
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String objectKey) {
    return Calls.deleteIfExists(() -> delete(objectKey));
  }

  /**
   * Deletes every object whose key starts with a prefix.
   * @param prefix the key prefix (not empty)
   * @return how many objects were deleted
   */
  @CallsOperation("deleteProjectBranchBucketObjectsByPrefix")
  public long deleteByPrefix(String prefix) {
    return member(api.deleteProjectBranchBucketObjectsByPrefix(prefixParams(prefix)),
        BucketObjectsDeletePrefixResponse::getDeleted, "deleteProjectBranchBucketObjectsByPrefix", "deleted");
  }

  /**
   * Asynchronous {@link #deleteByPrefix(String)}.
   * @param prefix the key prefix (not empty)
   * @return the pending count
   */
  public CompletableFuture<Long> deleteByPrefixAsync(String prefix) {
    return async(() -> api.deleteProjectBranchBucketObjectsByPrefixAsync(prefixParams(prefix)))
        .thenApply(r -> member(r, BucketObjectsDeletePrefixResponse::getDeleted,
            "deleteProjectBranchBucketObjectsByPrefix", "deleted"));
  }

  /**
   * Presigns a URL for one upload or download of an object, to hand to a client that has no API key.
   * @param objectKey the object key
   * @param request operation (upload or download, required), content_type, expires_in_seconds
   * @return the URL (a secret: whoever holds it may use it), method, headers and expiry
   */
  @CallsOperation("presignProjectBranchBucketObject")
  public PresignedUrl presign(String objectKey, Consumer<PresignRequest> request) {
    return presign(objectKey, configure(new PresignRequest(), request, "request"));
  }

  /**
   * As {@link #presign(String, Consumer)}, with the request built by the caller.
   * @param objectKey the object key
   * @param request the request
   * @return the URL, method, headers and expiry
   */
  public PresignedUrl presign(String objectKey, PresignRequest request) {
    return PresignedUrl.of(api.presignProjectBranchBucketObject(presignParams(objectKey, request)));
  }

  /**
   * Asynchronous {@link #presign(String, PresignRequest)}.
   * @param objectKey the object key
   * @param request the request
   * @return the pending URL
   */
  public CompletableFuture<PresignedUrl> presignAsync(String objectKey, PresignRequest request) {
    return async(() -> api.presignProjectBranchBucketObjectAsync(presignParams(objectKey, request)))
        .thenApply(PresignedUrl::of);
  }

  private static String nextCursor(BucketObjectsListResponse page) {
    return Boolean.FALSE.equals(page.getIsTruncated()) ? null : page.getNextCursor();
  }

  private ListProjectBranchBucketObjectsParams listParams(
      Consumer<ListProjectBranchBucketObjectsParams.Builder> params) {
    return configure(ListProjectBranchBucketObjectsParams.builder(), params, "params").projectId(projectId)
        .branchId(branchId).bucketName(bucketName).build();
  }

  private GetProjectBranchBucketObjectParams downloadParams(String objectKey) {
    return GetProjectBranchBucketObjectParams.builder().projectId(projectId).branchId(branchId)
        .bucketName(bucketName).objectKey(PathText.name(objectKey, "object_key")).build();
  }

  private DeleteProjectBranchBucketObjectParams deleteParams(String objectKey) {
    return DeleteProjectBranchBucketObjectParams.builder().projectId(projectId).branchId(branchId)
        .bucketName(bucketName).objectKey(PathText.name(objectKey, "object_key")).build();
  }

  private DeleteProjectBranchBucketObjectsByPrefixParams prefixParams(String prefix) {
    return DeleteProjectBranchBucketObjectsByPrefixParams.builder().projectId(projectId).branchId(branchId)
        .bucketName(bucketName).prefix(PathText.nonEmpty(prefix, "prefix")).build();
  }

  private PresignProjectBranchBucketObjectParams presignParams(String objectKey, PresignRequest request) {
    return PresignProjectBranchBucketObjectParams.builder().projectId(projectId).branchId(branchId)
        .bucketName(bucketName).objectKey(PathText.name(objectKey, "object_key"))
        .presignRequest(ApiRequest.require(request, "request")).build();
  }
}
