package dev.neonjava.testkit;

import dev.neonjava.generated.model.Bucket;
import dev.neonjava.generated.model.BucketAccessLevel;
import dev.neonjava.generated.model.BucketCreateRequest;
import dev.neonjava.generated.model.BucketObject;
import dev.neonjava.generated.model.BucketObjectsDeletePrefixResponse;
import dev.neonjava.generated.model.BucketObjectsListResponse;
import dev.neonjava.generated.model.BucketResponse;
import dev.neonjava.generated.model.BucketsListResponse;
import dev.neonjava.generated.model.PresignRequest;
import dev.neonjava.generated.model.PresignResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Object storage of a branch: buckets, and objects that keep their bytes, so that a download
 * returns what was stored. The API has no upload (clients upload to a presigned URL), so tests put
 * objects with {@link NeonEmulator#putBucketObject}. Objects list in key order, grouped into
 * folders by a delimiter, paged by an opaque cursor.
 */
final class StorageFamily extends ResourceFamily {
  private static final int DEFAULT_LIMIT = 1000;
  private static final long DEFAULT_PRESIGN_SECONDS = 900;

  /** One bucket and its objects by key. */
  private static final class BucketRec {
    final String name;
    final BucketAccessLevel accessLevel;
    final Instant createdAt;
    final NavigableMap<String, ObjectRec> objects = new TreeMap<>();

    BucketRec(String name, BucketAccessLevel accessLevel, Instant createdAt) {
      this.name = name;
      this.accessLevel = accessLevel;
      this.createdAt = createdAt;
    }
  }

  /** One stored object. */
  private static final class ObjectRec {
    final byte[] content;
    final Instant lastModified;
    final String etag;

    ObjectRec(byte[] content, Instant lastModified) {
      this.content = content;
      this.lastModified = lastModified;
      this.etag = etag(content);
    }
  }

  /** Buckets by name, per "project/branch". */
  private final Map<String, Map<String, BucketRec>> buckets = new HashMap<>();

  StorageFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjectBranchBuckets", this::listBuckets);
    handlers.put("createProjectBranchBucket", this::createBucket);
    handlers.put("deleteProjectBranchBucket", this::deleteBucket);
    handlers.put("listProjectBranchBucketObjects", this::listObjects);
    handlers.put("getProjectBranchBucketObject", this::download);
    handlers.put("deleteProjectBranchBucketObject", this::deleteObject);
    handlers.put("deleteProjectBranchBucketObjectsByPrefix", this::deleteByPrefix);
    handlers.put("presignProjectBranchBucketObject", this::presign);
  }

  /** Stores an object (replacing one of the same key), for {@link NeonEmulator#putBucketObject}. */
  void put(String projectId, String branchId, String bucket, String key, byte[] content, Instant now) {
    if (key == null || key.isEmpty()) {
      throw ApiError.badRequest("object key must not be empty");
    }
    bucket(projectId, branchId, bucket).objects.put(key, new ObjectRec(content.clone(), now));
  }

  private Map<String, BucketRec> bucketsOf(String projectId, String branchId) {
    branch(project(projectId), branchId);
    return buckets.computeIfAbsent(projectId + "/" + branchId, k -> new LinkedHashMap<>());
  }

  private BucketRec bucket(String projectId, String branchId, String name) {
    BucketRec b = bucketsOf(projectId, branchId).get(name);
    if (b == null) {
      throw ApiError.notFound("bucket " + name + " not found");
    }
    return b;
  }

  private BucketRec bucket(Call call) {
    return bucket(call.path("project_id"), call.path("branch_id"), call.path("bucket_name"));
  }

  private ObjectRec object(BucketRec b, String key) {
    ObjectRec o = b.objects.get(key);
    if (o == null) {
      throw ApiError.notFound("object " + key + " not found in bucket " + b.name);
    }
    return o;
  }

  // buckets

  private Reply listBuckets(Call call) {
    List<Bucket> out = new ArrayList<>();
    bucketsOf(call.path("project_id"), call.path("branch_id")).values().forEach(b -> out.add(render(b)));
    return Reply.json(200, new BucketsListResponse().buckets(out));
  }

  private Reply createBucket(Call call) {
    BucketCreateRequest request = call.body(BucketCreateRequest.class);
    String name = request.getName();
    if (name == null || name.isEmpty() || name.length() > 255) {
      throw ApiError.badRequest("bucket name must be 1 to 255 characters");
    }
    Map<String, BucketRec> all = bucketsOf(call.path("project_id"), call.path("branch_id"));
    if (all.containsKey(name)) {
      throw ApiError.conflict("bucket with name " + name + " already exists");
    }
    BucketAccessLevel level = request.getAccessLevel() == null ? BucketAccessLevel.PRIVATE
        : BucketAccessLevel.of(request.getAccessLevel().value());
    BucketRec b = new BucketRec(name, level, call.now);
    all.put(name, b);
    return Reply.json(201, new BucketResponse().bucket(render(b)));
  }

  private Reply deleteBucket(Call call) {
    BucketRec b = bucket(call);
    bucketsOf(call.path("project_id"), call.path("branch_id")).remove(b.name);
    return Reply.noContent();
  }

  private static Bucket render(BucketRec b) {
    return new Bucket().name(b.name).accessLevel(b.accessLevel).createdAt(time(b.createdAt));
  }

  // objects

  private Reply listObjects(Call call) {
    BucketRec b = bucket(call);
    String prefix = call.query("prefix") == null ? "" : call.query("prefix");
    String delimiter = call.query("delimiter");
    int limit = call.intQuery("limit", DEFAULT_LIMIT, 1, 1000);
    String cursor = call.query("cursor");
    String after = cursor == null ? null : decodeCursor(cursor);
    TreeSet<String> folders = new TreeSet<>();
    List<BucketObject> objects = new ArrayList<>();
    boolean truncated = false;
    String last = null;
    for (Map.Entry<String, ObjectRec> e : b.objects.tailMap(prefix, true).entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(prefix)) {
        break;
      }
      int cut = delimiter == null || delimiter.isEmpty() ? -1 : key.indexOf(delimiter, prefix.length());
      if (cut >= 0) {
        if (after == null) {
          folders.add(key.substring(0, cut + delimiter.length()));
        }
        continue;
      }
      if (after != null && key.compareTo(after) <= 0) {
        continue;
      }
      if (objects.size() == limit) {
        truncated = true;
        break;
      }
      ObjectRec o = e.getValue();
      objects.add(new BucketObject().key(key).size((long) o.content.length).lastModified(time(o.lastModified))
          .etag(o.etag));
      last = key;
    }
    BucketObjectsListResponse page = new BucketObjectsListResponse().folders(new ArrayList<>(folders))
        .objects(objects).prefix(prefix).isTruncated(truncated);
    if (truncated) {
      page.nextCursor(Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    }
    return Reply.json(200, page);
  }

  private Reply download(Call call) {
    ObjectRec o = object(bucket(call), call.path("object_key"));
    return Reply.binary(200, "application/octet-stream", o.content).header("ETag", o.etag);
  }

  private Reply deleteObject(Call call) {
    BucketRec b = bucket(call);
    object(b, call.path("object_key"));
    b.objects.remove(call.path("object_key"));
    return Reply.noContent();
  }

  private Reply deleteByPrefix(Call call) {
    BucketRec b = bucket(call);
    String prefix = call.query("prefix");
    if (prefix == null || prefix.isEmpty()) {
      throw ApiError.badRequest("prefix is required");
    }
    Map<String, ObjectRec> under = b.objects.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    long deleted = under.size();
    under.clear();
    return Reply.json(200, new BucketObjectsDeletePrefixResponse().deleted(deleted));
  }

  private Reply presign(Call call) {
    BucketRec b = bucket(call);
    String key = call.path("object_key");
    PresignRequest request = call.body(PresignRequest.class);
    if (request.getOperation() == null) {
      throw ApiError.badRequest("operation is required");
    }
    boolean upload = "upload".equals(request.getOperation().value());
    if (!upload) {
      object(b, key);
    }
    long seconds = request.getExpiresInSeconds() == null ? DEFAULT_PRESIGN_SECONDS : request.getExpiresInSeconds();
    Map<String, String> headers = new LinkedHashMap<>();
    if (upload && request.getContentType() != null) {
      headers.put("Content-Type", request.getContentType());
    }
    String url = "https://" + b.name + ".storage.emulated.neon.test/" + key.replace(" ", "%20")
        + "?X-Emulated-Signature=" + plane.names.uuid();
    return Reply.json(200, new PresignResponse().url(url).method(upload ? "PUT" : "GET").headers(headers)
        .expiresAt(time(call.now.plusSeconds(seconds))));
  }

  private static String decodeCursor(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid cursor: " + cursor);
    }
  }

  private static String etag(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(content);
      StringBuilder hex = new StringBuilder("\"");
      for (byte d : digest) {
        hex.append(Character.forDigit((d >> 4) & 0xf, 16)).append(Character.forDigit(d & 0xf, 16));
      }
      return hex.append('"').toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
