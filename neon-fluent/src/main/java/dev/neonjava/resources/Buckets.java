package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.BucketsApi;
import dev.neonjava.generated.api.BucketsApi.CreateProjectBranchBucketParams;
import dev.neonjava.generated.api.BucketsApi.DeleteProjectBranchBucketParams;
import dev.neonjava.generated.api.BucketsApi.ListProjectBranchBucketsParams;
import dev.neonjava.generated.model.Bucket;
import dev.neonjava.generated.model.BucketCreateRequest;
import dev.neonjava.generated.model.BucketResponse;
import dev.neonjava.generated.model.BucketsListResponse;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.runtime.ApiClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The object-storage buckets of one branch: list, create (or ensure), delete, and
 * {@link #bucket(String)} for the objects of one bucket. Neon completes these at once: no
 * operations to wait for.
 */
public final class Buckets extends Resource<Buckets> {
  private final BucketsApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Buckets(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new BucketsApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Buckets rebind(ApiClient client) {
    return new Buckets(client, waiter, projectId, branchId);
  }

  /**
   * Returns the objects of one bucket: list, download, delete, presign.
   * @param bucketName the bucket name
   * @return the bucket's objects
   */
  public BucketObjects bucket(String bucketName) {
    return new BucketObjects(client, waiter, projectId, branchId, bucketName);
  }

  /**
   * Returns the branch's buckets.
   * @return the buckets
   */
  @CallsOperation("listProjectBranchBuckets")
  public List<Bucket> list() {
    return member(api.listProjectBranchBuckets(listParams()), BucketsListResponse::getBuckets,
        "listProjectBranchBuckets", "buckets");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<Bucket>> listAsync() {
    return async(() -> api.listProjectBranchBucketsAsync(listParams()))
        .thenApply(r -> member(r, BucketsListResponse::getBuckets, "listProjectBranchBuckets", "buckets"));
  }

  /**
   * Creates a bucket.
   * @param request sets name (required) and access_level
   * @return the bucket
   * @throws ConflictException when a bucket of that name exists (see {@link #ensure(Consumer)})
   */
  @CallsOperation("createProjectBranchBucket")
  public Bucket create(Consumer<BucketCreateRequest> request) {
    return create(configure(new BucketCreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the bucket
   */
  public Bucket create(BucketCreateRequest request) {
    return member(api.createProjectBranchBucket(createParams(request)), BucketResponse::getBucket,
        "createProjectBranchBucket", "bucket");
  }

  /**
   * Asynchronous {@link #create(BucketCreateRequest)}.
   * @param request the request
   * @return the pending bucket
   */
  public CompletableFuture<Bucket> createAsync(BucketCreateRequest request) {
    return async(() -> api.createProjectBranchBucketAsync(createParams(request)))
        .thenApply(r -> member(r, BucketResponse::getBucket, "createProjectBranchBucket", "bucket"));
  }

  /**
   * Creates a bucket, or returns the existing one of that name (Neon answers 409 for it): for
   * set-up code that runs more than once. An existing bucket keeps its access level.
   * @param request sets name (required) and access_level
   * @return the bucket, created or existing
   */
  public Bucket ensure(Consumer<BucketCreateRequest> request) {
    BucketCreateRequest body = configure(new BucketCreateRequest(), request, "request");
    String name = ApiRequest.require(body.getName(), "name");
    try {
      return create(body);
    } catch (ConflictException exists) {
      return list().stream().filter(b -> name.equals(b.getName())).findFirst()
          .orElseThrow(() -> new ResponseDecodingException("createProjectBranchBucket", 409,
              "Neon answered 409 for bucket " + name + " but does not list it"));
    }
  }

  /**
   * Deletes a bucket.
   * @param bucketName the bucket name
   * @throws dev.neonjava.runtime.NotFoundException when there is no such bucket
   */
  @CallsOperation("deleteProjectBranchBucket")
  public void delete(String bucketName) {
    api.deleteProjectBranchBucket(deleteParams(bucketName));
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param bucketName the bucket name
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(String bucketName) {
    return async(() -> api.deleteProjectBranchBucketAsync(deleteParams(bucketName)));
  }

  /**
   * Deletes a bucket if it exists: for clean-up code that may run twice.
   * @param bucketName the bucket name
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String bucketName) {
    return Calls.deleteIfExists(() -> delete(bucketName));
  }

  private ListProjectBranchBucketsParams listParams() {
    return ListProjectBranchBucketsParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private CreateProjectBranchBucketParams createParams(BucketCreateRequest request) {
    return CreateProjectBranchBucketParams.builder().projectId(projectId).branchId(branchId)
        .bucketCreateRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteProjectBranchBucketParams deleteParams(String bucketName) {
    return DeleteProjectBranchBucketParams.builder().projectId(projectId).branchId(branchId)
        .bucketName(Validation.id(bucketName, "bucket_name")).build();
  }
}
