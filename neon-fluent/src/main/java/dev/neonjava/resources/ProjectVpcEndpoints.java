package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.AssignProjectVPCEndpointParams;
import dev.neonjava.generated.api.ProjectApi.DeleteProjectVPCEndpointParams;
import dev.neonjava.generated.api.ProjectApi.ListProjectVPCEndpointsParams;
import dev.neonjava.generated.model.VPCEndpoint;
import dev.neonjava.generated.model.VPCEndpointAssignment;
import dev.neonjava.generated.model.VPCEndpointsResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The VPC endpoints one project accepts connections from (a restriction on top of the
 * organization's endpoints, see {@link OrganizationVpcEndpoints}): list, assign, remove.
 */
public final class ProjectVpcEndpoints extends Resource<ProjectVpcEndpoints> {
  private final ProjectApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public ProjectVpcEndpoints(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected ProjectVpcEndpoints rebind(ApiClient client) {
    return new ProjectVpcEndpoints(client, waiter, projectId);
  }

  /**
   * Returns the VPC endpoints the project is restricted to.
   * @return the VPC endpoints
   */
  @CallsOperation("listProjectVPCEndpoints")
  public List<VPCEndpoint> list() {
    return member(api.listProjectVPCEndpoints(listParams()), VPCEndpointsResponse::getEndpoints,
        "listProjectVPCEndpoints", "endpoints");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<VPCEndpoint>> listAsync() {
    return async(() -> api.listProjectVPCEndpointsAsync(listParams()))
        .thenApply(r -> member(r, VPCEndpointsResponse::getEndpoints, "listProjectVPCEndpoints", "endpoints"));
  }

  /**
   * Restricts the project to a VPC endpoint, or relabels one already assigned.
   * @param vpcEndpointId the VPC endpoint id
   * @param assignment sets the label
   */
  @CallsOperation("assignProjectVPCEndpoint")
  public void assign(String vpcEndpointId, Consumer<VPCEndpointAssignment> assignment) {
    assign(vpcEndpointId, configure(new VPCEndpointAssignment(), assignment, "assignment"));
  }

  /**
   * As {@link #assign(String, Consumer)}, with the request built by the caller.
   * @param vpcEndpointId the VPC endpoint id
   * @param assignment the label
   */
  public void assign(String vpcEndpointId, VPCEndpointAssignment assignment) {
    api.assignProjectVPCEndpoint(assignParams(vpcEndpointId, assignment));
  }

  /**
   * Asynchronous {@link #assign(String, VPCEndpointAssignment)}.
   * @param vpcEndpointId the VPC endpoint id
   * @param assignment the label
   * @return completes when Neon accepted the assignment
   */
  public CompletableFuture<Void> assignAsync(String vpcEndpointId, VPCEndpointAssignment assignment) {
    return async(() -> api.assignProjectVPCEndpointAsync(assignParams(vpcEndpointId, assignment)));
  }

  /**
   * Removes the restriction to a VPC endpoint.
   * @param vpcEndpointId the VPC endpoint id
   * @throws dev.neonjava.runtime.NotFoundException when it was not assigned
   */
  @CallsOperation("deleteProjectVPCEndpoint")
  public void delete(String vpcEndpointId) {
    api.deleteProjectVPCEndpoint(deleteParams(vpcEndpointId));
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param vpcEndpointId the VPC endpoint id
   * @return completes when Neon removed it
   */
  public CompletableFuture<Void> deleteAsync(String vpcEndpointId) {
    return async(() -> api.deleteProjectVPCEndpointAsync(deleteParams(vpcEndpointId)));
  }

  /**
   * Removes the restriction if it exists: for clean-up code that may run twice.
   * @param vpcEndpointId the VPC endpoint id
   * @return whether this call removed it (false: it was not assigned)
   */
  public boolean deleteIfExists(String vpcEndpointId) {
    return Calls.deleteIfExists(() -> delete(vpcEndpointId));
  }

  private ListProjectVPCEndpointsParams listParams() {
    return ListProjectVPCEndpointsParams.builder().projectId(projectId).build();
  }

  private AssignProjectVPCEndpointParams assignParams(String vpcEndpointId, VPCEndpointAssignment assignment) {
    return AssignProjectVPCEndpointParams.builder().projectId(projectId)
        .vpcEndpointId(Validation.id(vpcEndpointId, "vpc_endpoint_id"))
        .vpCEndpointAssignment(ApiRequest.require(assignment, "assignment")).build();
  }

  private DeleteProjectVPCEndpointParams deleteParams(String vpcEndpointId) {
    return DeleteProjectVPCEndpointParams.builder().projectId(projectId)
        .vpcEndpointId(Validation.id(vpcEndpointId, "vpc_endpoint_id")).build();
  }
}
