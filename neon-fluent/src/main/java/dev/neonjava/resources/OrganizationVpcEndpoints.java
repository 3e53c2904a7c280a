package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.OrganizationsApi.AssignOrganizationVPCEndpointParams;
import dev.neonjava.generated.api.OrganizationsApi.DeleteOrganizationVPCEndpointParams;
import dev.neonjava.generated.api.OrganizationsApi.GetOrganizationVPCEndpointDetailsParams;
import dev.neonjava.generated.api.OrganizationsApi.ListOrganizationVPCEndpointsAllRegionsParams;
import dev.neonjava.generated.api.OrganizationsApi.ListOrganizationVPCEndpointsParams;
import dev.neonjava.generated.model.VPCEndpoint;
import dev.neonjava.generated.model.VPCEndpointAssignment;
import dev.neonjava.generated.model.VPCEndpointDetails;
import dev.neonjava.generated.model.VPCEndpointWithRegion;
import dev.neonjava.generated.model.VPCEndpointsResponse;
import dev.neonjava.generated.model.VPCEndpointsWithRegionResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The VPC endpoints (AWS PrivateLink) of one organization, per region: list, details, assign,
 * delete. Projects can then be restricted to them ({@link ProjectVpcEndpoints}).
 */
public final class OrganizationVpcEndpoints extends Resource<OrganizationVpcEndpoints> {
  private final OrganizationsApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the organization id
   */
  public OrganizationVpcEndpoints(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new OrganizationsApi(client);
    this.orgId = Validation.id(orgId, "org_id");
  }

  @Override
  protected OrganizationVpcEndpoints rebind(ApiClient client) {
    return new OrganizationVpcEndpoints(client, waiter, orgId);
  }

  /**
   * Returns the endpoints in every region.
   * @return the endpoints, each with its region
   */
  @CallsOperation("listOrganizationVPCEndpointsAllRegions")
  public List<VPCEndpointWithRegion> list() {
    return member(api.listOrganizationVPCEndpointsAllRegions(allParams()), VPCEndpointsWithRegionResponse::getEndpoints,
        "listOrganizationVPCEndpointsAllRegions", "endpoints");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<VPCEndpointWithRegion>> listAsync() {
    return async(() -> api.listOrganizationVPCEndpointsAllRegionsAsync(allParams())).thenApply(r -> member(r,
        VPCEndpointsWithRegionResponse::getEndpoints, "listOrganizationVPCEndpointsAllRegions", "endpoints"));
  }

  /**
   * Returns the endpoints in one region.
   * @param regionId the region id, e.g. {@code aws-us-east-2}
   * @return the endpoints
   */
  @CallsOperation("listOrganizationVPCEndpoints")
  public List<VPCEndpoint> list(String regionId) {
    return member(api.listOrganizationVPCEndpoints(regionParams(regionId)), VPCEndpointsResponse::getEndpoints,
        "listOrganizationVPCEndpoints", "endpoints");
  }

  /**
   * Asynchronous {@link #list(String)}.
   * @param regionId the region id
   * @return the pending list
   */
  public CompletableFuture<List<VPCEndpoint>> listAsync(String regionId) {
    return async(() -> api.listOrganizationVPCEndpointsAsync(regionParams(regionId))).thenApply(r -> member(r,
        VPCEndpointsResponse::getEndpoints, "listOrganizationVPCEndpoints", "endpoints"));
  }

  /**
   * Returns an endpoint's details: its state and the projects restricted to it.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @return the details
   */
  @CallsOperation("getOrganizationVPCEndpointDetails")
  public VPCEndpointDetails get(String regionId, String vpcEndpointId) {
    return member(api.getOrganizationVPCEndpointDetails(getParams(regionId, vpcEndpointId)), r -> r,
        "getOrganizationVPCEndpointDetails", "body");
  }

  /**
   * Asynchronous {@link #get(String, String)}.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @return the pending details
   */
  public CompletableFuture<VPCEndpointDetails> getAsync(String regionId, String vpcEndpointId) {
    return async(() -> api.getOrganizationVPCEndpointDetailsAsync(getParams(regionId, vpcEndpointId)))
        .thenApply(r -> member(r, x -> x, "getOrganizationVPCEndpointDetails", "body"));
  }

  /**
   * Assigns a VPC endpoint to the organization, or relabels it.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @param assignment sets the label
   */
  @CallsOperation("assignOrganizationVPCEndpoint")
  public void assign(String regionId, String vpcEndpointId, Consumer<VPCEndpointAssignment> assignment) {
    assign(regionId, vpcEndpointId, configure(new VPCEndpointAssignment(), assignment, "assignment"));
  }

  /**
   * As {@link #assign(String, String, Consumer)}, with the request built by the caller.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @param assignment the label
   */
  public void assign(String regionId, String vpcEndpointId, VPCEndpointAssignment assignment) {
    api.assignOrganizationVPCEndpoint(assignParams(regionId, vpcEndpointId, assignment));
  }

  /**
   * Asynchronous {@link #assign(String, String, VPCEndpointAssignment)}.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @param assignment the label
   * @return completes when Neon accepted the assignment
   */
  public CompletableFuture<Void> assignAsync(String regionId, String vpcEndpointId, VPCEndpointAssignment assignment) {
    return async(() -> api.assignOrganizationVPCEndpointAsync(assignParams(regionId, vpcEndpointId, assignment)));
  }

  /**
   * Deletes a VPC endpoint from the organization.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @throws dev.neonjava.runtime.NotFoundException when there is no such endpoint
   */
  @CallsOperation("deleteOrganizationVPCEndpoint")
  public void delete(String regionId, String vpcEndpointId) {
    api.deleteOrganizationVPCEndpoint(deleteParams(regionId, vpcEndpointId));
  }

  /**
   * Asynchronous {@link #delete(String, String)}.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @return completes when the endpoint was deleted
   */
  public CompletableFuture<Void> deleteAsync(String regionId, String vpcEndpointId) {
    return async(() -> api.deleteOrganizationVPCEndpointAsync(deleteParams(regionId, vpcEndpointId)));
  }

  /**
   * Deletes a VPC endpoint if it exists: for clean-up code that may run twice.
   * @param regionId the region id
   * @param vpcEndpointId the VPC endpoint id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String regionId, String vpcEndpointId) {
    return Calls.deleteIfExists(() -> delete(regionId, vpcEndpointId));
  }

  private ListOrganizationVPCEndpointsAllRegionsParams allParams() {
    return ListOrganizationVPCEndpointsAllRegionsParams.builder().orgId(orgId).build();
  }

  private ListOrganizationVPCEndpointsParams regionParams(String regionId) {
    return ListOrganizationVPCEndpointsParams.builder().orgId(orgId).regionId(Validation.id(regionId, "region_id"))
        .build();
  }

  private GetOrganizationVPCEndpointDetailsParams getParams(String regionId, String vpcEndpointId) {
    return GetOrganizationVPCEndpointDetailsParams.builder().orgId(orgId).regionId(Validation.id(regionId, "region_id"))
        .vpcEndpointId(Validation.id(vpcEndpointId, "vpc_endpoint_id")).build();
  }

  private AssignOrganizationVPCEndpointParams assignParams(String regionId, String vpcEndpointId,
      VPCEndpointAssignment assignment) {
    return AssignOrganizationVPCEndpointParams.builder().orgId(orgId).regionId(Validation.id(regionId, "region_id"))
        .vpcEndpointId(Validation.id(vpcEndpointId, "vpc_endpoint_id"))
        .vpCEndpointAssignment(ApiRequest.require(assignment, "assignment")).build();
  }

  private DeleteOrganizationVPCEndpointParams deleteParams(String regionId, String vpcEndpointId) {
    return DeleteOrganizationVPCEndpointParams.builder().orgId(orgId).regionId(Validation.id(regionId, "region_id"))
        .vpcEndpointId(Validation.id(vpcEndpointId, "vpc_endpoint_id")).build();
  }
}
